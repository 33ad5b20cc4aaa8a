package cli

import (
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/stylelint-dev/stylelint/internal/config"
	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/lsp"
	"github.com/stylelint-dev/stylelint/internal/markdown"
	"github.com/stylelint-dev/stylelint/internal/walk"
)

// debounce: how long after a keystroke a document is linted again. Typing
// runs at up to ten keys a second; a lint of an article costs a few ms.
var debounce = 150 * time.Millisecond

// lspCommand serves the language server on stdin and stdout; messages for
// the user go to stderr (which editors show in their log).
func lspCommand(configPath string, stdin io.Reader, stdout, stderr io.Writer) int {
	open := func(root string) (*lint.Workspace, string, error) {
		root, err := filepath.Abs(root)
		if err != nil {
			return nil, "", err
		}
		return openWorkspace(root, configPath, stderr)
	}
	if err := lsp.Serve(stdin, stdout, stderr, open, lsp.Options{Version: version(), Debounce: debounce}); err != nil {
		fmt.Fprintf(stderr, "stylelint lsp: %v\n", err)
		return ExitError
	}
	return ExitOK
}

// openWorkspace loads the config of an (absolute) root directory and
// collects the run-wide facts of the files a lint of the root would walk.
func openWorkspace(root, configPath string, stderr io.Writer) (*lint.Workspace, string, error) {
	warn := func(msg string) { fmt.Fprintln(stderr, msg) }
	if configPath == "" {
		found, err := config.Find(root, warn)
		if err != nil {
			return nil, "", err
		}
		configPath = found
	}
	var cfg *config.Config
	var err error
	if configPath == "" {
		cfg, err = config.Default(root)
	} else {
		cfg, err = config.Load(configPath)
	}
	if err != nil {
		return nil, "", err
	}
	tree, errs := walk.Expand([]string{root}, cfg)
	for _, e := range errs {
		fmt.Fprintf(stderr, "stylelint lsp: %v\n", e)
	}
	inputs := make([]lint.Input, 0, len(tree))
	for _, f := range tree {
		inputs = append(inputs, lint.Input{Path: f.Path, File: f.Path, Context: true})
	}
	setup := &lint.Setup{
		Env:         &lint.Env{Vocabulary: cfg.VocabularySet()},
		RulesFor:    cfg.RulesFor,
		Suppress:    cfg.Suppressed,
		IsMarkdown:  markdown.IsMarkdown,
		Mask:        markdown.Mask,
		MaxFileSize: 256 << 20,
	}
	ws := lint.NewWorkspace(setup, inputs)
	ws.Ignored = cfg.Ignored
	return ws, configPath, nil
}
