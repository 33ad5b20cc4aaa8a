//go:build unix

package config

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// foreignConfig says whose a discovered config is when it belongs to
// another user (not root, and we are not root), or "": such a config is
// used, with a warning, as git warns of a repository owned by someone
// else.
func foreignConfig(st fs.FileInfo) string {
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok || int(sys.Uid) == os.Getuid() || sys.Uid == 0 || os.Getuid() == 0 {
		return ""
	}
	return fmt.Sprintf("it belongs to user %d", sys.Uid)
}

// unsafeConfig says why a discovered config may not be trusted, or "".
func unsafeConfig(path string, st fs.FileInfo) string {
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok || int(sys.Uid) == os.Getuid() {
		return ""
	}
	dst, err := os.Stat(filepath.Dir(path))
	if err != nil {
		return ""
	}
	if dst.Mode().Perm()&0o022 != 0 {
		return fmt.Sprintf("it belongs to user %d and lies in a directory others may write to (%v)", sys.Uid, dst.Mode().Perm())
	}
	return ""
}
