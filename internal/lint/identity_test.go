//go:build unix

package lint

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// --fix keeps a file's owner, group and whole mode, including the setgid
// and sticky bits.
func TestWriteAtomicKeepsIdentity(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	mode := os.FileMode(0o664) | os.ModeSetgid | os.ModeSticky
	if err := os.Chmod(p, mode); err != nil {
		t.Fatal(err)
	}
	uid, gid := os.Getuid(), os.Getgid()
	if uid == 0 {
		uid, gid = 4242, 4343
		if err := os.Chown(p, uid, gid); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, mode); err != nil { // chown cleared setgid
			t.Fatal(err)
		}
	}
	if err := WriteAtomic(p, []byte("old"), []byte("new")); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	sys := st.Sys().(*syscall.Stat_t)
	if b, _ := os.ReadFile(p); string(b) != "new" || st.Mode() != mode || int(sys.Uid) != uid || int(sys.Gid) != gid {
		t.Errorf("got %q, mode %v (want %v), owner %d:%d (want %d:%d)", b, st.Mode(), mode, sys.Uid, sys.Gid, uid, gid)
	}
}

// A file with other hard links, and a read-only file, are refused and left
// as they were.
func TestWriteAtomicRefusesLinksAndReadOnly(t *testing.T) {
	dir := t.TempDir()
	a, b, ro := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"), filepath.Join(dir, "ro.txt")
	os.WriteFile(a, []byte("old"), 0o644)
	if err := os.Link(a, b); err != nil {
		t.Skip(err)
	}
	if err := WriteAtomic(a, []byte("old"), []byte("new")); !errors.Is(err, ErrHardLinked) {
		t.Errorf("hard link: err = %v", err)
	}
	os.WriteFile(ro, []byte("old"), 0o444)
	if err := WriteAtomic(ro, []byte("old"), []byte("new")); !errors.Is(err, ErrReadOnly) {
		t.Errorf("read-only: err = %v", err)
	}
	for _, p := range []string{a, b, ro} {
		if got, _ := os.ReadFile(p); string(got) != "old" {
			t.Errorf("%s: %q", p, got)
		}
	}
}

// A writer that lands between the last check and the rename is not lost:
// its text is put back and the fix is reported as not done.
func TestWriteAtomicKeepsAConcurrentWrite(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(p, []byte("old"), 0o644)
	beforeRename = func(target string) {
		f, err := os.OpenFile(target, os.O_WRONLY|os.O_APPEND, 0)
		if err != nil {
			t.Fatal(err)
		}
		f.WriteString(" and theirs")
		f.Close()
	}
	defer func() { beforeRename = nil }()
	if err := WriteAtomic(p, []byte("old"), []byte("new")); !errors.Is(err, ErrChangedDuringWrite) {
		t.Errorf("err = %v", err)
	}
	beforeRename = nil
	if got, _ := os.ReadFile(p); string(got) != "old and theirs" {
		t.Errorf("got %q, want the other writer's text", got)
	}
}

// Temporary files of a process that is gone (killed while writing) are
// removed by the next write in their directory; a live process's are
// kept. A name at the length limit can be fixed: its temporary name is
// shortened.
func TestWriteAtomicTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skip(err)
	}
	dead := filepath.Join(dir, fmt.Sprintf("%s%d-a.txt.123", tempPrefix, cmd.Process.Pid))
	live := filepath.Join(dir, fmt.Sprintf("%s%d-a.txt.456", tempPrefix, os.Getppid()))
	os.WriteFile(dead, nil, 0o600)
	os.WriteFile(live, nil, 0o600)
	long := filepath.Join(dir, strings.Repeat("n", 250)+".txt")
	if err := os.WriteFile(long, []byte("old"), 0o644); err != nil {
		t.Skip(err)
	}
	if err := WriteAtomic(long, []byte("old"), []byte("new")); err != nil {
		t.Fatalf("long name: %v", err)
	}
	if _, err := os.Stat(dead); !os.IsNotExist(err) {
		t.Error("a dead process's temporary file was kept")
	}
	if _, err := os.Stat(live); err != nil {
		t.Error("a live process's temporary file was removed")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("left in the directory: %v", entries)
	}
}

// A FIFO (no size to check first) is read through --max-file-size.
func TestReadFIFOThroughTheLimit(t *testing.T) {
	p := filepath.Join(t.TempDir(), "fifo.txt")
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		t.Skip(err)
	}
	go func() {
		f, err := os.OpenFile(p, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer f.Close()
		chunk := []byte(strings.Repeat("x", 4096))
		for i := 0; i < 1000; i++ { // 4 MB, and then it stops
			if _, err := f.Write(chunk); err != nil {
				return
			}
		}
	}()
	_, err := read(Input{Path: p, File: p}, 1<<20)
	if err == nil || !strings.Contains(err.Error(), "max-file-size") {
		t.Errorf("err = %v", err)
	}
}
