package cli

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/stylelint-dev/stylelint/internal/lint"
)

// changedLines returns, for --new-from-rev REV, the lines of each file
// (absolute path -> 1-based line numbers) that differ from REV in the
// work tree, and the files git does not track (every line of them is
// new).
func changedLines(rev string) (map[string]map[int]bool, map[string]bool, error) {
	top, err := exec.Command("git", "rev-parse", "--show-toplevel").Output()
	if err != nil {
		return nil, nil, fmt.Errorf("--new-from-rev needs a git work tree: %v", err)
	}
	root := strings.TrimSpace(string(top))
	out, err := exec.Command("git", "-C", root, "diff", "--no-ext-diff", "--no-color", "-U0", rev, "--").Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return nil, nil, fmt.Errorf("--new-from-rev %s: %s", rev, strings.TrimSpace(string(ee.Stderr)))
		}
		return nil, nil, err
	}
	changed := map[string]map[int]bool{}
	var file string
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "+++ "):
			file = ""
			if name := strings.TrimPrefix(line, "+++ "); strings.HasPrefix(name, "b/") {
				file = filepath.Join(root, filepath.FromSlash(name[2:]))
			}
		case strings.HasPrefix(line, "@@ ") && file != "":
			// @@ -a,b +c,d @@: lines c .. c+d-1 of the new file
			f := strings.Fields(line)
			if len(f) < 3 {
				continue
			}
			startText, countText, ok := strings.Cut(strings.TrimPrefix(f[2], "+"), ",")
			start, _ := strconv.Atoi(startText)
			n := 1
			if ok {
				n, _ = strconv.Atoi(countText)
			}
			if changed[file] == nil {
				changed[file] = map[int]bool{}
			}
			for l := start; l < start+n; l++ {
				changed[file][l] = true
			}
		}
	}
	untracked := map[string]bool{}
	list, err := exec.Command("git", "-C", root, "ls-files", "--others", "--exclude-standard", "-z").Output()
	if err == nil {
		for _, name := range bytes.Split(list, []byte{0}) {
			if len(name) > 0 {
				untracked[filepath.Join(root, filepath.FromSlash(string(name)))] = true
			}
		}
	}
	return changed, untracked, nil
}

// onlyNew keeps the findings that start on a changed line or in an
// untracked file; readPath maps a finding's display path back to the path
// it was read from.
func onlyNew(fs []lint.Finding, changed map[string]map[int]bool, untracked map[string]bool, readPath func(string) string) []lint.Finding {
	out := fs[:0]
	for _, f := range fs {
		abs, err := filepath.Abs(readPath(f.Path))
		if err != nil {
			continue
		}
		if untracked[abs] || changed[abs][f.Pos.Line] {
			out = append(out, f)
		}
	}
	return out
}
