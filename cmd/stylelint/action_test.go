package main

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The composite GitHub Action's script (action.yml runs it): it writes
// SARIF without failing the step, prints annotations, and its exit code
// and GITHUB_OUTPUT say whether there were findings.
func TestActionScript(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "stylelint")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	work := filepath.Join(dir, "work")
	os.MkdirAll(filepath.Join(work, "articles"), 0o755)
	os.WriteFile(filepath.Join(work, "articles", "a.txt"), []byte("She said it was tounnecessary.\n"), 0o644)
	os.WriteFile(filepath.Join(work, "articles", "b.txt"), []byte("Nothing wrong here.\n"), 0o644)
	script, _ := filepath.Abs("../../.github/action/run.sh")
	cmd := exec.Command("bash", script)
	cmd.Dir = work
	cmd.Env = append(os.Environ(), "STYLELINT="+bin, "INPUT_PATHS=articles", "INPUT_FORMAT=github",
		"INPUT_SARIF_FILE="+filepath.Join(dir, "out.sarif"), "INPUT_ARGS=--fail-level warning", "GITHUB_OUTPUT="+filepath.Join(dir, "gh-out"))
	out, err := cmd.Output()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Fatalf("exit: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "::warning file=articles/a.txt,line=1") || !strings.Contains(string(out), "1 warning in 1 of 2 files") {
		t.Errorf("annotations:\n%s", out)
	}
	var sarif struct {
		Runs []struct {
			Results []any `json:"results"`
		} `json:"runs"`
	}
	data, _ := os.ReadFile(filepath.Join(dir, "out.sarif"))
	if err := json.Unmarshal(data, &sarif); err != nil || len(sarif.Runs) != 1 || len(sarif.Runs[0].Results) != 1 {
		t.Errorf("SARIF: %v\n%s", err, data)
	}
	if gh, _ := os.ReadFile(filepath.Join(dir, "gh-out")); strings.TrimSpace(string(gh)) != "exit-code=1" {
		t.Errorf("GITHUB_OUTPUT: %q", gh)
	}
}
