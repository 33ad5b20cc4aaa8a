//go:build !unix

package walk

import "io/fs"

// inode is not known here: files are told apart by path.
func inode(fs.FileInfo) (any, bool) { return nil, false }
