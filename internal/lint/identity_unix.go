//go:build unix

package lint

import (
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// writable refuses files with other hard links, and files that are
// read-only: no owner write bit, or not writable by this process.
func writable(path string, st fs.FileInfo) error {
	if sys, ok := st.Sys().(*syscall.Stat_t); ok && sys.Nlink > 1 {
		return ErrHardLinked
	}
	if st.Mode().Perm()&0o200 == 0 || syscall.Access(path, 2 /* W_OK */) != nil {
		return ErrReadOnly
	}
	return nil
}

// keepIdentity gives the new file the original's owner, group and whole
// mode (owner first: changing it clears setuid and setgid).
func keepIdentity(f *os.File, st fs.FileInfo) error {
	if sys, ok := st.Sys().(*syscall.Stat_t); ok {
		if err := f.Chown(int(sys.Uid), int(sys.Gid)); err != nil {
			return fmt.Errorf("cannot keep its owner and group (%d:%d): %w", sys.Uid, sys.Gid, err)
		}
	}
	return f.Chmod(st.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky))
}

// processAlive reports whether a process with this ID runs.
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || err == syscall.EPERM
}
