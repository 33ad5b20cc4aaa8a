// Package cli is the stylelint command line: flag parsing, the lint and
// fix drivers, and exit codes. cmd/stylelint only calls Run.
package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"

	udiff "github.com/aymanbagabas/go-udiff"
	ucli "github.com/urfave/cli/v2"

	"github.com/stylelint-dev/stylelint/internal/config"
	"github.com/stylelint-dev/stylelint/internal/format"
	"github.com/stylelint-dev/stylelint/internal/legal"
	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/markdown"
	"github.com/stylelint-dev/stylelint/internal/records"
	"github.com/stylelint-dev/stylelint/internal/walk"
	"github.com/stylelint-dev/stylelint/rules"
)

// Exit codes.
const (
	ExitOK       = 0 // nothing at or above --fail-level (and, with --fix, nothing changed)
	ExitFindings = 1 // findings at or above --fail-level, or --fix/--diff changed something
	// ExitInterrupted: --fix was stopped by a signal (128 + SIGINT).
	ExitInterrupted = 130
	ExitError       = 2 // usage, configuration or I/O error
)

// Version is set by the linker (-X); otherwise taken from the build info.
var Version = ""

func version() string {
	if Version != "" {
		return Version
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	v := bi.Main.Version
	if v == "" || v == "(devel)" {
		v = "dev"
	}
	rev, dirty := "", false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if v == "dev" && rev != "" {
		v += "+" + rev[:min(12, len(rev))]
		if dirty {
			v += "-dirty"
		}
	}
	return v
}

// hoistFlags moves the lint flags that follow the paths in front of them,
// as users of other linters expect (`stylelint docs/ --format json`); the
// CLI library stops reading flags at the first path. Nothing after "--"
// moves, and a subcommand's arguments are left alone.
func hoistFlags(args []string, flags []ucli.Flag) []string {
	if len(args) > 0 && (args[0] == "init" || args[0] == "rules" || args[0] == "explain" || args[0] == "lsp") {
		return args
	}
	takesValue := map[string]bool{}
	for _, f := range flags {
		_, isBool := f.(*ucli.BoolFlag)
		for _, name := range f.Names() {
			takesValue[name] = !isBool
		}
	}
	var front, paths []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			paths = append(paths, args[i:]...)
			break
		}
		name := strings.TrimLeft(a, "-")
		name, _, hasValue := strings.Cut(name, "=")
		value, known := takesValue[name]
		if !known && len(a) > 2 && a[0] == '-' && a[1] != '-' && takesValue[a[1:2]] {
			// -j4: a one-letter flag with its value attached
			a, value, known, hasValue = a[:2]+"="+a[2:], true, true, true
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			paths = append(paths, a)
			continue
		}
		if !known {
			// An unknown flag is reported as one (with a suggestion), not
			// taken for a file name; a file named -x is passed after --.
			front = append(front, a)
			continue
		}
		front = append(front, a)
		if value && !hasValue && i+1 < len(args) {
			i++
			front = append(front, args[i])
		}
	}
	return append(front, paths...)
}

// Run runs the command line and returns the exit code.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	code := ExitOK
	app := &ucli.App{
		Name:      "stylelint",
		Usage:     "find and fix scraping damage in article text",
		UsageText: "stylelint [options] [path ...]   (paths: files, directories, or - for stdin; default .)",
		Version:   version(),
		Suggest:   true,
		Reader:    stdin,
		Writer:    stdout,
		ErrWriter: stderr,
		Flags:     lintFlags(),
		Action: func(c *ucli.Context) error {
			if c.Bool("legal") {
				fmt.Fprint(stdout, legal.Text())
				return nil
			}
			code = lintCommand(c, stdin, stdout, stderr)
			return nil
		},
		Commands: []*ucli.Command{
			{
				Name:  "init",
				Usage: "write a commented default .stylelint.yaml in the current directory",
				Flags: []ucli.Flag{&ucli.BoolFlag{Name: "force", Usage: "overwrite an existing file"}},
				Action: func(c *ucli.Context) error {
					code = initCommand(c.Bool("force"), stdout, stderr)
					return nil
				},
			},
			{
				Name:      "explain",
				Usage:     "say what a rule catches and why, with examples, its options and how safe its fixes are",
				ArgsUsage: "RULE",
				Action: func(c *ucli.Context) error {
					id, _, _ := strings.Cut(c.Args().First(), "/")
					spec, ok := rules.Lookup(id)
					if !ok {
						var ids []string
						for _, s := range rules.All() {
							ids = append(ids, s.ID)
						}
						fmt.Fprintf(stderr, "stylelint: explain: unknown rule %q%s\n", id, config.Hint(id, ids))
						code = ExitError
						return nil
					}
					fmt.Fprintf(stdout, "%s (default %s%s)\n\n%s\n", spec.ID, spec.Severity, map[bool]string{true: ", fixable", false: ""}[spec.Fixable], spec.Explain)
					if opts := spec.OptionsYAML(); opts != "" {
						fmt.Fprintf(stdout, "\nOptions, with their defaults:\n\n%s", opts)
					}
					return nil
				},
			},
			{
				Name:  "lsp",
				Usage: "run the language server (LSP over stdin and stdout) for editors",
				Flags: []ucli.Flag{&ucli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "use this config `FILE` instead of the one found from the workspace root"}},
				Action: func(c *ucli.Context) error {
					code = lspCommand(c.String("config"), stdin, stdout, stderr)
					return nil
				},
			},
			{
				Name:  "rules",
				Usage: "list every rule with its description, default severity and whether it can fix",
				Action: func(c *ucli.Context) error {
					listRules(stdout)
					return nil
				},
			},
		},
		ExitErrHandler:  func(*ucli.Context, error) {},
		HideHelpCommand: true,
		OnUsageError: func(c *ucli.Context, err error, _ bool) error {
			fmt.Fprintf(stderr, "stylelint: %v%s\nRun 'stylelint --help' for usage.\n", err, flagHint(err, lintFlags()))
			code = ExitError
			return err
		},
	}
	if err := app.Run(append([]string{"stylelint"}, hoistFlags(args, app.Flags)...)); err != nil {
		if code == ExitOK {
			fmt.Fprintf(stderr, "stylelint: %v\n", err)
		}
		return ExitError
	}
	return code
}

// flagHint suggests the closest flag for an unknown one ("--formt").
func flagHint(err error, flags []ucli.Flag) string {
	_, bad, ok := strings.Cut(err.Error(), "flag provided but not defined: ")
	if !ok {
		return ""
	}
	var names []string
	for _, f := range flags {
		for _, n := range f.Names() {
			if len(n) > 1 {
				names = append(names, n)
			}
		}
	}
	if h := config.Hint(strings.TrimLeft(bad, "-"), names); strings.HasPrefix(h, ";") {
		return h
	}
	return ""
}

func lintFlags() []ucli.Flag {
	return []ucli.Flag{
		&ucli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "config `FILE` (default: .stylelint.yaml found by walking up from the current directory to the repository root or home)"},
		&ucli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output format: " + strings.Join(format.Names, ", ") + "; with --input jsonl also attributes (Dolma span attributes) and summary (counts per record)"},
		&ucli.BoolFlag{Name: "fix", Usage: "apply safe fixes in place (with -: write the fixed text to stdout)"},
		&ucli.BoolFlag{Name: "unsafe-fixes", Usage: "with --fix or --diff, also apply fixes that are not marked safe"},
		&ucli.BoolFlag{Name: "diff", Usage: "print the unified diff of what --fix would change; write nothing"},
		&ucli.StringFlag{Name: "fail-level", Value: "warning", Usage: "lowest severity that makes the exit code 1: info, warning, error, or none"},
		&ucli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Usage: "files linted in parallel (default: number of CPUs)"},
		&ucli.BoolFlag{Name: "no-progress", Usage: "never draw the progress line (drawn only for big runs, in the text format, on a terminal)"},
		&ucli.StringFlag{Name: "color", Value: "auto", Usage: "colour the text format: auto, always, never (NO_COLOR is honoured)"},
		&ucli.StringFlag{Name: "stdin-filename", Usage: "`NAME` of the text read from - (for output and config matching)"},
		&ucli.Int64Flag{Name: "max-file-size", Value: 256 << 20, Usage: "refuse files larger than this many bytes (0: up to 2 GiB, the most positions address)"},
		&ucli.BoolFlag{Name: "legal", Usage: "print the licences of the embedded data (word lists, frequencies, the line model) and exit"},
		&ucli.BoolFlag{Name: "verbose", Usage: "say which config is used"},
		&ucli.StringFlag{Name: "select", Usage: "report only these `RULES` (comma-separated rule IDs, or a rule's category: boilerplate/nav)"},
		&ucli.StringFlag{Name: "ignore", Usage: "never report these `RULES` (comma-separated rule IDs or categories), whatever the config says"},
		&ucli.BoolFlag{Name: "report-unused-suppressions", Usage: "report inline suppressions (<!-- stylelint-disable ... -->) that silence nothing"},
		&ucli.BoolFlag{Name: "require-suppression-reason", Usage: "report inline suppressions without a reason (<!-- stylelint-disable-next-line RULE -- reason -->)"},
		&ucli.StringFlag{Name: "new-from-rev", Usage: "report only findings on lines changed since the git revision `REV` (and in files git does not track)"},
		&ucli.StringFlag{Name: "write-baseline", Usage: "record the findings in `FILE` (JSON) and exit 0: the findings a repository accepts"},
		&ucli.StringFlag{Name: "baseline", Usage: "report only findings not recorded in `FILE` (written by --write-baseline)"},
		&ucli.BoolFlag{Name: "statistics", Usage: "after the findings, print how many there are per rule and category, and how many --fix would fix"},
		&ucli.IntFlag{Name: "max-results", Usage: "report at most `N` findings, the most severe and most confident first (GitHub code scanning takes 25,000 per run); the exit code still counts all"},
		&ucli.StringFlag{Name: "input", Value: "files", Usage: "what the arguments are: files (and directories), or jsonl: JSON Lines files of records (.gz read too; - for stdin), each a document in its text field"},
		&ucli.StringFlag{Name: "id-field", Value: "id", Usage: "with --input jsonl: the records' id `FIELD` (a dotted path: meta.id)"},
		&ucli.StringFlag{Name: "text-field", Value: "text", Usage: "with --input jsonl: the records' text `FIELD` (a dotted path)"},
		&ucli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "with --input jsonl --fix: write the records to `FILE` instead of stdout"},
		&ucli.StringFlag{Name: "context-root", Usage: "read the files under `DIR` for the run-wide rules' facts (names across articles, repeated lines) but lint and report only the named paths (pre-commit)"},
	}
}

func lintCommand(c *ucli.Context, stdin io.Reader, stdout, stderr io.Writer) int {
	errf := func(format string, args ...any) { fmt.Fprintf(stderr, "stylelint: "+format+"\n", args...) }

	var formatter format.Formatter
	var err error
	if f := c.String("format"); records.Formats[f] {
		if c.String("input") != "jsonl" {
			errf("--format %s is for --input jsonl (one line per record)", f)
			return ExitError
		}
	} else if formatter, err = format.Get(f); err != nil {
		errf("%v", err)
		return ExitError
	}
	failLevel := lint.Severity(99)
	if fl := c.String("fail-level"); fl != "none" {
		failLevel, err = lint.ParseSeverity(fl)
		if err != nil || failLevel == lint.Off {
			errf("--fail-level: want info, warning, error or none, got %q", fl)
			return ExitError
		}
	}
	useColor, err := colorMode(c.String("color"), stdout)
	if err != nil {
		errf("%v", err)
		return ExitError
	}
	if c.Bool("fix") && c.Bool("diff") {
		errf("--fix and --diff cannot be used together")
		return ExitError
	}
	if c.Bool("unsafe-fixes") && !c.Bool("fix") && !c.Bool("diff") {
		errf("--unsafe-fixes needs --fix or --diff")
		return ExitError
	}
	var verbose io.Writer
	if c.Bool("verbose") {
		verbose = stderr
	}
	sel, err := newSelector(c.String("select"), c.String("ignore"))
	if err != nil {
		errf("%v", err)
		return ExitError
	}
	targets := c.Args().Slice()
	if len(targets) == 0 {
		targets = []string{"."}
	}
	cfg, err := loadConfig(c.String("config"), targets, verbose, stderr)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return ExitError
	}

	switch in := c.String("input"); in {
	case "files":
		if c.IsSet("output") || c.IsSet("id-field") || c.IsSet("text-field") {
			errf("--output, --id-field and --text-field are for --input jsonl")
			return ExitError
		}
	case "jsonl":
		for _, f := range []string{"diff", "context-root", "new-from-rev", "baseline", "write-baseline", "stdin-filename"} {
			if c.IsSet(f) {
				errf("--%s does not apply to --input jsonl", f)
				return ExitError
			}
		}
		if c.IsSet("output") && !c.Bool("fix") {
			errf("--output needs --fix (it is where the fixed records go)")
			return ExitError
		}
		if len(c.Args().Slice()) == 0 {
			errf("--input jsonl: name the JSONL files (or - for stdin)")
			return ExitError
		}
		o := recordsOptions{
			inputs: c.Args().Slice(), idPath: records.FieldPath(c.String("id-field")), textPath: records.FieldPath(c.String("text-field")),
			fix: c.Bool("fix"), unsafe: c.Bool("unsafe-fixes"), output: c.String("output"), format: c.String("format"),
			limit: c.Int64("max-file-size"), verbose: c.Bool("verbose"),
		}
		fopts := format.Options{Color: useColor, Version: version(), Rules: metas()}
		return runRecords(o, newSetup(c, cfg, sel), formatter, fopts, failLevel, stdin, stdout, stderr)
	default:
		errf("--input: want files or jsonl, got %q", in)
		return ExitError
	}

	paths := c.Args().Slice()
	if len(paths) == 0 {
		paths = []string{"."}
	}
	hadError := false
	var inputs []lint.Input
	var files []string
	for _, p := range paths {
		if p != "-" {
			files = append(files, p)
		}
	}
	walked, errs := walk.Expand(files, cfg)
	for _, e := range errs {
		errf("%v", e)
		hadError = true
	}
	usedStdin := false
	for _, p := range paths {
		if p == "-" {
			if usedStdin {
				continue
			}
			usedStdin = true
			// Read through the limit: a pipe has no size to check first.
			limit := c.Int64("max-file-size")
			if limit <= 0 || limit > lint.MaxDocSize {
				limit = lint.MaxDocSize
			}
			data, err := io.ReadAll(io.LimitReader(stdin, limit+1))
			if err != nil {
				errf("reading stdin: %v", err)
				return ExitError
			}
			if int64(len(data)) > limit {
				errf("stdin: over %d bytes (--max-file-size); nothing was linted", limit)
				return ExitError
			}
			name := c.String("stdin-filename")
			if name == "" {
				name = "<stdin>"
			} else if cfg.Ignored(name) {
				// `ignore` applies to the name given to stdin, as to a
				// named file: nothing is linted (--fix echoes the text).
				if c.Bool("fix") {
					stdout.Write(data)
				}
				continue
			}
			inputs = append(inputs, lint.Input{Path: name, Data: data, Explicit: true})
			continue
		}
	}
	for _, f := range walked {
		inputs = append(inputs, lint.Input{Path: f.Path, File: f.Path, Explicit: f.Explicit})
	}
	if root := c.String("context-root"); root != "" {
		// The run-wide rules see the whole tree; only the named files are
		// linted and reported (pre-commit passes a subset, or splits a
		// long list over several runs).
		named := map[string]bool{}
		for _, in := range inputs {
			if abs, err := filepath.Abs(in.Path); err == nil {
				named[abs] = true
			}
		}
		tree, errs := walk.Expand([]string{root}, cfg)
		for _, e := range errs {
			errf("--context-root: %v", e)
			hadError = true
		}
		for _, f := range tree {
			if abs, err := filepath.Abs(f.Path); err == nil && !named[abs] {
				inputs = append(inputs, lint.Input{Path: f.Path, File: f.Path, Context: true})
			}
		}
	}
	if c.Bool("fix") && usedStdin && len(inputs) > 1 && !inputs[1].Context {
		errf("--fix with - reads only stdin; name no other paths")
		return ExitError
	}

	setup := newSetup(c, cfg, sel)
	// Ctrl-C or SIGTERM during --fix or --diff, at any phase: the handler is
	// in place before the first file is read, files not yet linted or
	// fixed are skipped, the file being written is finished (writes are
	// atomic), and the exit is 130.
	var signalled atomic.Value // os.Signal, once one arrived
	var sigc chan os.Signal
	// The receive and the store are one step: a writer that checks while
	// another has taken the signal off the channel but not yet stored it
	// must not see "no signal" and write on.
	var sigMu sync.Mutex
	stoppedBy := func() os.Signal {
		sigMu.Lock()
		defer sigMu.Unlock()
		select {
		case sig := <-sigc: // nil channel (no --fix): never ready
			signalled.Store(sig)
		default:
		}
		sig, _ := signalled.Load().(os.Signal)
		return sig
	}
	if c.Bool("fix") || c.Bool("diff") {
		sigc = make(chan os.Signal, 1)
		notifyInterrupt(sigc)
		defer signal.Stop(sigc)
		setup.Stopped = func() bool { return stoppedBy() != nil }
	}
	prog := newProgress(c.String("format"), stderr, len(inputs), c.Bool("no-progress"))
	if prog != nil {
		setup.Progress = prog.update
	}
	results := lint.Run(setup, inputs)
	if prog != nil {
		prog.clear() // before any diagnostic is printed
		setup.Progress = nil
	}
	report := func(results []lint.Result) {
		for _, r := range results {
			if r.Err != nil && !r.Skipped {
				errf("%s: %v", r.Input.Path, r.Err)
				hadError = true
			}
		}
	}

	changed := false
	if c.Bool("fix") || c.Bool("diff") {
		phase("linted")
		if sig := stoppedBy(); sig != nil {
			errf("%v: stopped while linting; no file was changed", sig)
			return ExitInterrupted
		}
		report(results)
		outcomes := lint.FixAll(setup, results, c.Bool("unsafe-fixes"))
		phase("fixes computed")
		stdinFixed := false
		inPlace := !c.Bool("diff") && !usedStdin
		var written []error
		if inPlace {
			written = writeFixed(outcomes, stoppedBy)
		}
		for k, o := range outcomes {
			if o.Err == nil && o.Changed() && (!inPlace || written[k] == errNotWritten) {
				if sig := stoppedBy(); sig != nil {
					errf("%v: stopped before %s; files reported as fixed are complete, all others are unchanged", sig, o.Path)
					return ExitInterrupted
				}
			}
			if o.Err != nil {
				errf("%s: %v", o.Path, o.Err)
				hadError = true
				continue
			}
			if !o.Changed() {
				continue
			}
			changed = true
			switch {
			case c.Bool("diff"):
				fmt.Fprint(stdout, udiff.Unified("a/"+o.Path, "b/"+o.Path, string(o.Old), string(o.New)))
			case usedStdin:
				stdout.Write(o.New)
				stdinFixed = true
			default:
				if err := written[k]; err != nil {
					errf("%s: not fixed: %v", o.Path, err)
					hadError = true
					continue
				}
				fmt.Fprintf(stderr, "fixed %s (%s)\n", o.Path, appliedSummary(o.Applied))
			}
		}
		if c.Bool("fix") && usedStdin && !stdinFixed && len(inputs) > 0 && inputs[0].File == "" && results[0].Err == nil {
			stdout.Write(inputs[0].Data) // nothing to fix: echo the input unchanged
		}
		if c.Bool("diff") || usedStdin {
			if hadError {
				return ExitError
			}
			if changed {
				return ExitFindings
			}
			return ExitOK
		}
		// Report what remains after fixing, as a fresh run would.
		phase("written")
		results = lint.Run(setup, inputs)
		if sig := stoppedBy(); sig != nil {
			errf("%v: stopped after fixing; files reported as fixed are complete, all others are unchanged", sig)
			return ExitInterrupted
		}
		for i := range results {
			if results[i].Err != nil {
				results[i].Err = nil // already reported above
				results[i].Skipped = true
			}
		}
	} else {
		report(results)
	}

	n := 0
	for _, r := range results {
		n += len(r.Findings)
	}
	findings := make([]lint.Finding, 0, n)
	for i := range results {
		findings = append(findings, results[i].Findings...)
		results[i].Findings = nil // one copy of a big run's findings, not two
	}
	// Paths are shown relative to the project root (the config's
	// directory, or the current one), however they were typed: ./a.txt,
	// /abs/a.txt and a.txt are one file to GitLab, SARIF and fingerprints.
	root, _ := filepath.Abs(cfg.Dir)
	shown := map[string]string{}
	readPath := map[string]string{} // display path -> the path it was read from
	for i := range findings {
		p := findings[i].Path
		d, ok := shown[p]
		if !ok {
			d = displayPath(root, p)
			shown[p] = d
		}
		readPath[d] = p
		findings[i].Path = d
	}
	if rev := c.String("new-from-rev"); rev != "" {
		changed, untracked, err := changedLines(rev)
		if err != nil {
			errf("%v", err)
			return ExitError
		}
		findings = onlyNew(findings, changed, untracked, func(d string) string { return readPath[d] })
	}
	findings = sel.filter(findings)
	sortByFile(findings)
	if path := c.String("write-baseline"); path != "" {
		if err := writeBaseline(path, findings); err != nil {
			errf("--write-baseline: %v", err)
			return ExitError
		}
		fmt.Fprintf(stderr, "stylelint: wrote %d findings to %s\n", len(findings), path)
		if hadError {
			return ExitError
		}
		return ExitOK
	}
	if path := c.String("baseline"); path != "" {
		var dropped int
		var err error
		if findings, dropped, err = applyBaseline(path, findings); err != nil {
			errf("--baseline: %v", err)
			return ExitError
		}
		if dropped > 0 {
			fmt.Fprintf(stderr, "stylelint: %d findings are in the baseline and not shown\n", dropped)
		}
	}
	failing := false
	for _, f := range findings {
		failing = failing || f.Severity >= failLevel
	}
	if limit := c.Int("max-results"); limit > 0 && len(findings) > limit {
		fmt.Fprintf(stderr, "stylelint: showing %d of %d findings (--max-results): the most severe and most confident\n", limit, len(findings))
		findings = mostImportant(findings, limit)
	}
	// Streamed through a buffer, never built whole: a run with a million
	// findings must not hold its output in memory as well.
	out := bufio.NewWriterSize(stdout, 64<<10)
	checked, failed := 0, 0
	for _, r := range results {
		switch {
		case r.Input.Context:
		case r.Err != nil:
			failed++
		case !r.Skipped:
			checked++
		}
	}
	opts := format.Options{Color: useColor, Version: version(), Rules: metas(), Files: checked}
	if err := formatter(out, findings, opts); err != nil {
		errf("writing output: %v", err)
		return ExitError
	}
	if err := out.Flush(); err != nil {
		errf("writing output: %v", err)
		return ExitError
	}
	if c.Bool("statistics") {
		writeStatistics(stderr, findings)
	}
	if c.String("format") == "text" {
		line := format.Summary(findings, checked)
		if failed > 0 {
			line += fmt.Sprintf("; %d %s could not be linted", failed, map[bool]string{true: "file", false: "files"}[failed == 1])
		}
		fmt.Fprintln(stderr, line)
	}
	if hadError {
		return ExitError
	}
	if failing {
		return ExitFindings
	}
	if changed {
		return ExitFindings
	}
	return ExitOK
}

// newSetup is the runner's view of the configuration and the flags.
func newSetup(c *ucli.Context, cfg *config.Config, sel *selector) *lint.Setup {
	return &lint.Setup{
		Env:           &lint.Env{Vocabulary: cfg.VocabularySet()},
		RulesFor:      sel.rulesFor(cfg.RulesFor),
		Suppress:      cfg.Suppressed,
		ReportUnused:  c.Bool("report-unused-suppressions"),
		RequireReason: c.Bool("require-suppression-reason"),
		IsMarkdown:    markdown.IsMarkdown,
		Mask:          markdown.Mask,
		Jobs:          c.Int("jobs"),
		MaxFileSize:   c.Int64("max-file-size"),
		Omit:          omits(c),
	}
}

func sortByFile(fs []lint.Finding) {
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Path < fs[j].Path })
}

func appliedSummary(applied map[string]int) string {
	var keys []string
	for k := range applied {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s: %d", k, applied[k])
	}
	return strings.Join(parts, ", ")
}

// displayPath is p relative to root, slash-separated, when p lies inside
// root; otherwise p cleaned. A name that is no path (<stdin>) is kept.
func displayPath(root, p string) string {
	if strings.HasPrefix(p, "<") {
		return p
	}
	if abs, err := filepath.Abs(p); err == nil && root != "" {
		if r, err := filepath.Rel(root, abs); err == nil && r != ".." && !strings.HasPrefix(r, "../") {
			return filepath.ToSlash(r)
		}
	}
	return filepath.ToSlash(filepath.Clean(p))
}

// selector is --select and --ignore: rule IDs, or a rule's category
// (boilerplate/nav: the boilerplate findings of a nav/... pattern).
type selector struct{ only, never map[string]bool }

func newSelector(only, never string) (*selector, error) {
	known := map[string]bool{}
	for _, s := range rules.All() {
		known[s.ID] = true
	}
	parse := func(flag, list string) (map[string]bool, error) {
		if list == "" {
			return nil, nil
		}
		m := map[string]bool{}
		for _, item := range strings.Split(list, ",") {
			item = strings.TrimSpace(item)
			rule, _, _ := strings.Cut(item, "/")
			if !known[rule] {
				var ids []string
				for id := range known {
					ids = append(ids, id)
				}
				return nil, fmt.Errorf("--%s: unknown rule %q%s", flag, rule, config.Hint(rule, ids))
			}
			m[item] = true
		}
		return m, nil
	}
	sel, err := parse("select", only)
	if err != nil {
		return nil, err
	}
	ign, err := parse("ignore", never)
	return &selector{sel, ign}, err
}

// matches reports whether a finding is named by a set of selectors.
func matches(set map[string]bool, rule, category string) bool {
	if set[rule] {
		return true
	}
	cat, _, _ := strings.Cut(category, "/")
	return category != "" && (set[rule+"/"+category] || set[rule+"/"+cat])
}

// rulesFor turns off the rules no selector can report.
func (s *selector) rulesFor(base func(string) []lint.Active) func(string) []lint.Active {
	if s.only == nil && s.never == nil {
		return base
	}
	return func(path string) []lint.Active {
		in := base(path)
		out := make([]lint.Active, len(in))
		copy(out, in)
		for i, a := range out {
			id := a.Rule.Meta().ID
			wanted := s.only == nil || s.only[id] || hasPrefix(s.only, id+"/")
			if !wanted || s.never[id] {
				out[i].Severity = lint.Off
			}
		}
		return out
	}
}

func hasPrefix(set map[string]bool, prefix string) bool {
	for k := range set {
		if strings.HasPrefix(k, prefix) {
			return true
		}
	}
	return false
}

// filter keeps the findings the selectors allow.
func (s *selector) filter(fs []lint.Finding) []lint.Finding {
	if s.only == nil && s.never == nil {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if (s.only == nil || matches(s.only, f.Rule, f.Diagnostic.Category)) && !matches(s.never, f.Rule, f.Diagnostic.Category) {
			out = append(out, f)
		}
	}
	return out
}

// writeStatistics prints the findings per rule and category, with how
// many carry a safe fix (what --fix would apply) and any fix.
func writeStatistics(w io.Writer, fs []lint.Finding) {
	type key struct{ rule, cat string }
	type count struct{ n, safe, any int }
	counts := map[key]*count{}
	for _, f := range fs {
		cat, _, _ := strings.Cut(f.Diagnostic.Category, "/")
		k := key{f.Rule, cat}
		c := counts[k]
		if c == nil {
			c = &count{}
			counts[k] = c
		}
		c.n++
		if fx := f.FirstFix(); fx != nil {
			c.any++
			if fx.Safe {
				c.safe++
			}
		}
	}
	keys := make([]key, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].rule != keys[j].rule {
			return keys[i].rule < keys[j].rule
		}
		return keys[i].cat < keys[j].cat
	})
	fmt.Fprintf(w, "%-20s %-12s %8s %8s %8s\n", "rule", "category", "findings", "safe fix", "any fix")
	for _, k := range keys {
		c := counts[k]
		cat := k.cat
		if cat == "" {
			cat = "-"
		}
		fmt.Fprintf(w, "%-20s %-12s %8d %8d %8d\n", k.rule, cat, c.n, c.safe, c.any)
	}
}

// omits is what the format never reads of a finding, less what the
// baseline needs (the flagged line's text).
func omits(c *ucli.Context) lint.Omit {
	o := format.Omits(c.String("format"))
	if c.String("baseline") != "" || c.String("write-baseline") != "" {
		o.Source = false
	}
	return o
}

// mostImportant keeps the limit findings that matter most (most severe,
// then most confident: a pattern's finding counts as certain), in the
// output order.
func mostImportant(fs []lint.Finding, limit int) []lint.Finding {
	idx := make([]int, len(fs))
	for i := range idx {
		idx[i] = i
	}
	conf := func(f *lint.Finding) float64 {
		if f.Diagnostic.Confidence == 0 {
			return 1
		}
		return f.Diagnostic.Confidence
	}
	sort.SliceStable(idx, func(a, b int) bool {
		fa, fb := &fs[idx[a]], &fs[idx[b]]
		if fa.Severity != fb.Severity {
			return fa.Severity > fb.Severity
		}
		return conf(fa) > conf(fb)
	})
	keep := idx[:limit]
	sort.Ints(keep)
	out := make([]lint.Finding, 0, limit)
	for _, i := range keep {
		out = append(out, fs[i])
	}
	return out
}

// phase is called as --fix passes each phase (tests send signals there).
var phase = func(string) {}

// notifyInterrupt relays the signals that stop a --fix run (a variable so
// that tests can deliver one).
var notifyInterrupt = func(c chan<- os.Signal) { signal.Notify(c, os.Interrupt, syscall.SIGTERM) }

func colorMode(mode string, stdout io.Writer) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto":
		if _, ok := os.LookupEnv("NO_COLOR"); ok {
			return false, nil
		}
		return isTerminal(stdout), nil
	}
	return false, fmt.Errorf("--color: want auto, always or never, got %q", mode)
}

// loadConfig loads -c's config or, without it, the one found from the
// linted paths (the nearest config above each, as ruff and ESLint find
// theirs): running from outside a project lints it with its own config.
// Paths whose configs differ are an error (one config per run: the
// run-wide rules compare files under one set of options).
func loadConfig(path string, targets []string, verbose, warnTo io.Writer) (*config.Config, error) {
	if path == "" {
		warn := func(msg string) { fmt.Fprintln(warnTo, msg) }
		var from string
		for _, t := range targets {
			dir := t
			if t == "-" {
				dir = "."
			} else if st, err := os.Stat(t); err == nil && !st.IsDir() {
				dir = filepath.Dir(t)
			}
			found, err := config.Find(dir, warn)
			if err != nil {
				return nil, err
			}
			if found != "" && path != "" && found != path {
				return nil, fmt.Errorf("stylelint: %s and %s are under different configs (%s, %s): lint them in separate runs, or pass -c", from, t, path, found)
			}
			if found != "" && path == "" {
				path, from = found, t
			}
		}
	}
	if path == "" {
		if verbose != nil {
			fmt.Fprintln(verbose, "stylelint: config: none found; built-in defaults")
		}
		return config.Default(".")
	}
	if verbose != nil {
		fmt.Fprintf(verbose, "stylelint: config: %s\n", path)
	}
	cfg, err := config.Load(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("stylelint: config: %w", err)
		}
		return nil, err
	}
	return cfg, nil
}

func metas() []lint.Meta {
	var ms []lint.Meta
	for _, s := range rules.All() {
		m := s.Meta
		m.Help = s.Explain
		ms = append(ms, m)
	}
	return ms
}

func initCommand(force bool, stdout, stderr io.Writer) int {
	name := config.FileNames[0]
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(name, flags, 0o644)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			fmt.Fprintf(stderr, "stylelint: %s already exists (use --force to overwrite)\n", name)
		} else {
			fmt.Fprintf(stderr, "stylelint: %v\n", err)
		}
		return ExitError
	}
	if _, err := io.WriteString(f, config.Template()); err != nil {
		f.Close()
		fmt.Fprintf(stderr, "stylelint: %v\n", err)
		return ExitError
	}
	if err := f.Close(); err != nil {
		fmt.Fprintf(stderr, "stylelint: %v\n", err)
		return ExitError
	}
	fmt.Fprintf(stdout, "wrote %s\n", name)
	return ExitOK
}

func listRules(w io.Writer) {
	fmt.Fprintf(w, "%-20s %-8s %-4s %s\n", "RULE", "DEFAULT", "FIX", "DESCRIPTION")
	for _, s := range rules.All() {
		fix := "no"
		if s.Fixable {
			fix = "yes"
		}
		fmt.Fprintf(w, "%-20s %-8s %-4s %s\n", s.ID, s.Severity, fix, s.Doc)
	}
}

// fixWriters is how many files --fix writes at once: a write is mostly
// waiting for the disk (each file is synced before its rename), and one
// at a time made writing most of a big run's time.
const fixWriters = 8

// errNotWritten marks a changed file writeFixed did not write (a signal
// came first).
var errNotWritten = errors.New("not written")

// writeFixed writes the changed files of outcomes in place, several at
// once, and returns each one's result: nil when written, its error, or
// errNotWritten. The writers take the files in order and take no more
// once stopped reports a signal; a write once begun completes. So the
// files written are the first ones, and a run stopped part way leaves
// every file either fixed or unchanged.
func writeFixed(outcomes []lint.FixOutcome, stopped func() os.Signal) []error {
	res := make([]error, len(outcomes))
	for k := range res {
		res[k] = errNotWritten
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range fixWriters {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for stopped() == nil {
				k := int(next.Add(1)) - 1
				if k >= len(outcomes) {
					return
				}
				if o := outcomes[k]; o.Err == nil && o.Changed() {
					res[k] = lint.WriteAtomic(o.Path, o.Old, o.New)
				}
			}
		}()
	}
	wg.Wait()
	return res
}
