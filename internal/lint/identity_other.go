//go:build !unix

package lint

import (
	"io/fs"
	"os"
)

// writable refuses files without their owner write bit.
func writable(_ string, st fs.FileInfo) error {
	if st.Mode().Perm()&0o200 == 0 {
		return ErrReadOnly
	}
	return nil
}

// keepIdentity keeps the mode (ownership is not checked here).
func keepIdentity(f *os.File, st fs.FileInfo) error { return f.Chmod(st.Mode().Perm()) }

// processAlive cannot tell here: stale temporary files are kept.
func processAlive(int) bool { return true }
