package walk

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type filter struct{ ignore string }

func (filter) Included(p string) bool {
	return strings.HasSuffix(p, ".txt") || strings.HasSuffix(p, ".md")
}
func (f filter) Ignored(p string) bool { return f.ignore != "" && strings.Contains(p, f.ignore) }

func write(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func paths(fs []File) []string {
	var out []string
	for _, f := range fs {
		out = append(out, filepath.ToSlash(f.Path))
	}
	return out
}

func TestExpandWalksSortedAndSkips(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"b.txt": "b", "a.md": "a", "sub/c.txt": "c", "skip.go": "x",
		".hidden/d.txt": "d", "gen/e.txt": "e", "drafts/f.txt": "f",
		".gitignore": "gen/\n",
	})
	if err := os.Symlink(filepath.Join(root, "b.txt"), filepath.Join(root, "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(root, filepath.Join(root, "sub", "loop")); err != nil {
		t.Fatal(err)
	}
	got, errs := Expand([]string{root}, filter{ignore: "drafts"})
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	var rel []string
	for _, p := range paths(got) {
		r, _ := filepath.Rel(root, p)
		rel = append(rel, filepath.ToSlash(r))
	}
	want := "a.md b.txt sub/c.txt"
	if strings.Join(rel, " ") != want {
		t.Errorf("walked %q, want %q (sorted; no hidden, gitignored, ignored, symlinked or other-type files)", rel, want)
	}
	for _, f := range got {
		if f.Explicit {
			t.Errorf("%s: walked files are not explicit", f.Path)
		}
	}
}

func TestExpandNamedFilesAndErrors(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{"a.go": "x", "b.txt": "b"})
	a, b := filepath.Join(root, "a.go"), filepath.Join(root, "b.txt")
	got, errs := Expand([]string{a, filepath.Join(root, "missing.txt"), b, b}, filter{})
	if strings.Join(paths(got), " ") != filepath.ToSlash(a)+" "+filepath.ToSlash(b) {
		t.Errorf("named files are kept whatever their type, once each: %q", paths(got))
	}
	if !got[0].Explicit {
		t.Error("named files are explicit")
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "missing.txt") || !strings.Contains(errs[0].Error(), "no such file") {
		t.Errorf("errors: %v", errs)
	}
	if got, _ := Expand([]string{b}, filter{ignore: "b.txt"}); len(got) != 0 {
		t.Errorf("an ignored named file is dropped: %q", paths(got))
	}
}

// One file named several ways (./a.txt, a.txt, inside a named directory,
// a hard link) is linted once, under its first, cleaned name.
func TestExpandListsAFileOnce(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{"d/a.txt": "x\n", "d/b.txt": "y\n"})
	t.Chdir(root)
	if err := os.Link("d/b.txt", "d/link.txt"); err != nil {
		t.Skipf("no hard links here: %v", err)
	}
	got, errs := Expand([]string{"./d/a.txt", "d/a.txt", "d/../d/a.txt", "d"}, filter{})
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	if strings.Join(paths(got), " ") != "d/a.txt d/b.txt" {
		t.Errorf("got %q, want [d/a.txt d/b.txt]", paths(got))
	}
	if !got[0].Explicit || got[1].Explicit {
		t.Errorf("explicit flags: %+v", got)
	}
}

// Every walk error is reported, and the walk goes on: a directory that can
// be listed but not entered, and one that cannot be listed.
func TestExpandReportsEveryWalkError(t *testing.T) {
	if os.Getuid() == 0 {
		t.Skip("root reads every directory")
	}
	root := t.TempDir()
	write(t, root, map[string]string{"ok/a.txt": "x\n", "nox/b.txt": "y\n", "nor/c.txt": "z\n"})
	for dir, mode := range map[string]os.FileMode{"nox": 0o644, "nor": 0o311} {
		if err := os.Chmod(filepath.Join(root, dir), mode); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(filepath.Join(root, dir), 0o755) })
	}
	got, errs := Expand([]string{root}, filter{})
	if len(got) != 1 || !strings.HasSuffix(got[0].Path, "a.txt") {
		t.Errorf("files %q", paths(got))
	}
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	all := strings.Join(msgs, "\n")
	if len(errs) != 2 || !strings.Contains(all, "nox") || !strings.Contains(all, "nor") {
		t.Errorf("errors:\n%s", all)
	}
}

// The ignore files of the directories above the walked one, up to the root
// of the work tree, apply: `stylelint sub/` skips what `stylelint .` and
// git skip. Outside a work tree they are not read.
func TestExpandAppliesAncestorIgnoreFiles(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"repo/.git/HEAD":          "ref: refs/heads/main\n",
		"repo/.gitignore":         "gen/\n*.draft.txt\n",
		"repo/sub/.ignore":        "!keep.draft.txt\n",
		"repo/sub/gen/a.txt":      "x\n",
		"repo/sub/b.draft.txt":    "x\n",
		"repo/sub/keep.draft.txt": "x\n",
		"repo/sub/c.txt":          "x\n",
		"repo/sub/deep/d.txt":     "x\n",
		"norepo/.gitignore":       "*.txt\n",
		"norepo/sub/e.txt":        "x\n",
	})
	t.Chdir(root)
	whole, _ := Expand([]string{"repo"}, filter{})
	part, _ := Expand([]string{"repo/sub"}, filter{})
	deep, _ := Expand([]string{"repo/sub/deep"}, filter{})
	if w, p := strings.Join(paths(whole), " "), strings.Join(paths(part), " "); w != p {
		t.Errorf("walking the root: %s\nwalking sub: %s", w, p)
	}
	if got := strings.Join(paths(part), " "); got != "repo/sub/c.txt repo/sub/deep/d.txt repo/sub/keep.draft.txt" {
		t.Errorf("sub: %s", got)
	}
	if got := strings.Join(paths(deep), " "); got != "repo/sub/deep/d.txt" {
		t.Errorf("deep: %s", got)
	}
	if got, _ := Expand([]string{"norepo/sub"}, filter{}); len(got) != 1 {
		t.Errorf("outside a work tree: %q", paths(got))
	}
}
