//go:build unix

package walk

import (
	"io/fs"
	"syscall"
)

type fileKey struct{ dev, ino uint64 }

// inode returns a file's device and inode number.
func inode(st fs.FileInfo) (any, bool) {
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return nil, false
	}
	return fileKey{uint64(sys.Dev), uint64(sys.Ino)}, true
}
