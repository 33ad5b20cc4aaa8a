// Package walk expands command-line paths into the files to lint.
package walk

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"github.com/boyter/gocodewalker"
	gitignore "github.com/boyter/gocodewalker/go-gitignore"
)

// Filter decides which walked files are linted.
type Filter interface {
	Included(path string) bool // matches `files` (walked files only)
	Ignored(path string) bool  // matches `ignore` (all files)
}

// File is a file to lint.
type File struct {
	Path     string // display path
	Explicit bool   // named on the command line
}

// Expand turns paths into files. Directories are walked respecting
// .gitignore and .ignore files, skipping hidden entries and symlinks;
// named files are kept unless ignored. Errors (missing paths) are returned
// per path, and the rest still expand.
//
// A file is listed once however it is named (a.txt ./a.txt, a directory
// and a file in it): files are told apart by device and inode where the
// system has them, by cleaned absolute path elsewhere. Named paths are
// cleaned for display (./a.txt is a.txt).
func Expand(paths []string, f Filter) ([]File, []error) {
	var out []File
	var errs []error
	seen := map[any]bool{}
	add := func(p string, explicit bool) {
		k := identity(p)
		if !seen[k] {
			seen[k] = true
			out = append(out, File{Path: p, Explicit: explicit})
		}
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			errs = append(errs, pathError(p, err))
			continue
		}
		if !st.IsDir() {
			p = filepath.Clean(p)
			if !f.Ignored(p) {
				add(p, true)
			}
			continue
		}
		files, werrs := walkDir(p, f)
		errs = append(errs, werrs...)
		for _, file := range files {
			add(file, false)
		}
	}
	return out, errs
}

// identity is what tells one file from another: its device and inode, or
// its cleaned absolute path.
func identity(p string) any {
	if st, err := os.Stat(p); err == nil {
		if k, ok := inode(st); ok {
			return k
		}
	}
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}

func pathError(p string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", p, pe.Err)
	}
	return err
}

// walkDir lists the files under dir to lint, and every error met on the
// way (an unreadable directory, an entry that cannot be examined): none is
// dropped, and the walk goes on past each.
func walkDir(dir string, f Filter) ([]string, []error) {
	queue := make(chan *gocodewalker.File, 256)
	w := gocodewalker.NewFileWalker(dir, queue)
	w.ExcludeDirectory = []string{".git", ".hg", ".svn"}
	var mu sync.Mutex
	var errs []error
	w.SetErrorHandler(func(err error) bool {
		mu.Lock()
		errs = append(errs, err)
		mu.Unlock()
		return true
	})
	done := make(chan error, 1)
	go func() { done <- w.Start() }()
	var files []string
	for file := range queue {
		p := file.Location
		info, err := os.Lstat(p)
		if err != nil {
			if !errors.Is(err, fs.ErrNotExist) { // gone meanwhile: nothing to report
				mu.Lock()
				errs = append(errs, pathError(p, err))
				mu.Unlock()
			}
			continue
		}
		if !info.Mode().IsRegular() {
			continue // symlinks, sockets, devices: never followed
		}
		if f.Included(p) && !f.Ignored(p) && !ignoredDir(dir, p, f) {
			files = append(files, p)
		}
	}
	if err := <-done; err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", dir, err))
	}
	if up := ancestorIgnores(dir); len(up) > 0 {
		below := map[string][]gitignore.GitIgnore{} // ignore files of a directory inside dir
		kept := files[:0]
		for _, p := range files {
			if !ignoredAbove(up, dir, p, below) {
				kept = append(kept, p)
			}
		}
		files = kept
	}
	sort.Strings(files)
	return files, errs
}

// ancestorIgnores returns the .gitignore and .ignore files of the
// directories above dir, up to the root of the git work tree dir is in
// (outermost first); none when dir is in no work tree. The walker applies
// those inside dir; these make `stylelint sub/` skip what `stylelint .`
// and git skip.
func ancestorIgnores(dir string) []gitignore.GitIgnore {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	var chain []string
	for d := filepath.Dir(abs); ; d = filepath.Dir(d) {
		chain = append(chain, d)
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			break
		}
		if filepath.Dir(d) == d {
			return nil // no work tree above
		}
	}
	if _, err := os.Stat(filepath.Join(abs, ".git")); err == nil {
		return nil // dir is the root itself
	}
	var out []gitignore.GitIgnore
	for i := len(chain) - 1; i >= 0; i-- {
		out = append(out, ignoreFiles(chain[i])...)
	}
	return out
}

// ignoreFiles reads the .gitignore and .ignore files of one directory.
func ignoreFiles(dir string) []gitignore.GitIgnore {
	var out []gitignore.GitIgnore
	for _, name := range []string{".gitignore", ".ignore"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			continue
		}
		out = append(out, gitignore.New(f, dir, nil))
		f.Close()
	}
	return out
}

// ignoredAbove reports whether the ignore files above the walked directory
// root, with those between root and p, ignore p or a directory it is in:
// the last matching pattern wins, the deepest file last, as in git (a
// deeper "!name" re-includes what an ancestor ignored).
func ignoredAbove(up []gitignore.GitIgnore, root, p string, below map[string][]gitignore.GitIgnore) bool {
	abs, err := filepath.Abs(p)
	if err != nil {
		return false
	}
	absRoot, _ := filepath.Abs(root)
	var inside []string // directories from root down to p's
	for d := filepath.Dir(abs); len(d) >= len(absRoot); d = filepath.Dir(d) {
		inside = append(inside, d)
		if d == absRoot || filepath.Dir(d) == d {
			break
		}
	}
	ignores := append([]gitignore.GitIgnore(nil), up...)
	for i := len(inside) - 1; i >= 0; i-- {
		d := inside[i]
		igs, ok := below[d]
		if !ok {
			igs = ignoreFiles(d)
			below[d] = igs
		}
		ignores = append(ignores, igs...)
	}
	ignored := false
	for _, ig := range ignores {
		for d := filepath.Dir(abs); len(d) > len(ig.Base()); d = filepath.Dir(d) {
			if m := ig.Absolute(d, true); m != nil && m.Ignore() {
				return true // git never looks inside an ignored directory
			}
		}
		if m := ig.Absolute(abs, false); m != nil {
			ignored = m.Ignore()
		}
	}
	return ignored
}

// ignoredDir reports whether a directory between root and p is ignored.
func ignoredDir(root, p string, f Filter) bool {
	for d := filepath.Dir(p); d != root && d != "." && d != string(filepath.Separator); d = filepath.Dir(d) {
		if f.Ignored(d) {
			return true
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	return false
}
