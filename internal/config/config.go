// Package config loads and validates .stylelint.yaml.
//
// Every mistake is reported with file:line:col and, where possible, a hint
// ("did you mean"). Anchors and aliases are refused: a linter config has no
// need for them and they are the vector of YAML expansion bombs.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"

	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/registry"
)

// FileNames are the names searched for, in order, in each directory.
var FileNames = []string{".stylelint.yaml", ".stylelint.yml"}

// MaxSize bounds a config file: a config is a page of YAML (the default is
// 1.5 KB; 64 KB holds a vocabulary of about 6,000 words). The YAML parser
// is superlinear on some shapes the preflight does not name, and this
// bound keeps each of them under a second (FuzzConfigTime).
const MaxSize = 64 << 10

// Config is a loaded configuration.
type Config struct {
	Path       string // file it was loaded from; "" for the built-in defaults
	Dir        string // globs are relative to this directory
	Files      []string
	Ignore     []string
	Vocabulary []string
	Names      []registry.Name
	Rules      []lint.Active // every rule, severity Off when disabled
	Overrides  []Override
	Suppress   []Suppression
}

// Override changes rules for the paths matching Files.
type Override struct {
	Files []string
	Rules []lint.Active // replaces the base entry of the same rule
}

// DefaultFiles are the include globs when the config names none.
var DefaultFiles = []string{"**/*.txt", "**/*.md"}

// Error is a configuration mistake at a position.
type Error struct {
	File         string
	Line, Column int
	Msg          string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Find walks up from dir looking for a config file; "" if there is none.
// The walk stops at the root of the git work tree dir is in (the directory
// holding .git) or at the home directory, whichever comes first: a config
// above the repository belongs to someone else's project. A config found
// in a directory that others may write to (group or world write, as a
// shared /tmp folder) and owned by another user is refused: anyone could
// have planted it, and its patterns may delete text (git refuses such
// repositories the same way).
//
// Warn, if not nil, is told about a config that belongs to another user
// (used all the same).
func Find(dir string, warn func(string)) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", nil
	}
	home, _ := os.UserHomeDir()
	for {
		for _, n := range FileNames {
			p := filepath.Join(dir, n)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				if why := unsafeConfig(p, st); why != "" {
					return "", fmt.Errorf("stylelint: refusing %s: %s; pass it with -c to use it anyway", p, why)
				}
				if whose := foreignConfig(st); whose != "" && warn != nil {
					warn(fmt.Sprintf("stylelint: warning: using %s: %s", p, whose))
				}
				return p, nil
			}
		}
		if st, err := os.Stat(filepath.Join(dir, ".git")); err == nil && st != nil || home != "" && dir == filepath.Clean(home) {
			return "", nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Default returns the built-in configuration rooted at dir.
func Default(dir string) (*Config, error) {
	c := &Config{Dir: dir, Files: DefaultFiles}
	l := &loader{file: "(defaults)"}
	c.Rules = l.defaultRules(&registry.Context{})
	if err := l.err(); err != nil {
		return nil, err
	}
	return c, nil
}

// Load reads and validates a config file.
func Load(path string) (*Config, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.Size() > MaxSize {
		return nil, &Error{File: path, Msg: fmt.Sprintf("config is %d bytes; the limit is %d", st.Size(), MaxSize)}
	}
	// Read through the limit too: a device or a FIFO reports no size.
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxSize {
		return nil, &Error{File: path, Msg: fmt.Sprintf("config is over %d bytes, the limit", MaxSize)}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, filepath.Dir(abs), data)
}

// Bounds checked before the YAML parser sees a config: a real config is a
// page, and the parser's time and memory grow faster than the input on
// deep nesting (128 KB of "[[[[" took 12 s and 6 GB) and on tens of
// thousands of keys.
const (
	maxNesting = 32   // open flow collections, or block indentation levels
	maxKeys    = 2000 // lines that start a mapping key
)

// preflight refuses shapes no config has, with a position, reading data
// once.
func preflight(name string, data []byte) error {
	line, col, depth, keys := 1, 0, 0, 0
	var quote byte
	atStart, indent := true, 0
	for i := 0; i < len(data); i++ {
		c := data[i]
		col++
		if c == '\n' {
			line, col, atStart, indent = line+1, 0, true, 0
			if quote == '\'' || quote == '"' {
				continue // a quoted scalar may span lines
			}
			continue
		}
		if quote != 0 {
			if c == quote && (quote == '\'' || data[i-1] != '\\') {
				quote = 0
			}
			continue
		}
		if atStart {
			if c == ' ' {
				indent++
				continue
			}
			atStart = false
			if c != '#' && c != '-' {
				if j := bytes.IndexByte(data[i:], '\n'); bytes.Contains(data[i:i+max(0, j)], []byte(": ")) || j < 0 && bytes.Contains(data[i:], []byte(": ")) ||
					bytes.HasSuffix(bytes.TrimRight(data[i:i+max(0, j)], " \r"), []byte(":")) {
					if keys++; keys > maxKeys {
						return &Error{File: name, Line: line, Column: col, Msg: fmt.Sprintf("over %d keys: a config is a page, not a data file", maxKeys)}
					}
				}
			}
			if indent > 4*maxNesting {
				return &Error{File: name, Line: line, Column: col, Msg: fmt.Sprintf("indented %d columns: nested deeper than %d levels", indent, maxNesting)}
			}
			// "- - - x" and "? ? x" nest collections on one line.
			markers := 0
			for k := i; k+1 < len(data) && (data[k] == '-' || data[k] == '?' || data[k] == ':') && (data[k+1] == ' ' || data[k+1] == '\t'); {
				markers++
				k += 2
				for k < len(data) && (data[k] == ' ' || data[k] == '\t') {
					k++
				}
				if markers > maxNesting {
					return &Error{File: name, Line: line, Column: col, Msg: fmt.Sprintf("collections nested deeper than %d levels", maxNesting)}
				}
			}
		}
		switch c {
		case '#':
			if j := bytes.IndexByte(data[i:], '\n'); j >= 0 {
				i += j - 1
				col += j - 1
			} else {
				i = len(data)
			}
		case '\'', '"':
			quote = c
		case '<':
			if i+1 < len(data) && data[i+1] == '<' {
				return &Error{File: name, Line: line, Column: col, Msg: "merge keys (<<) are not supported (nor are anchors and aliases)"}
			}
		case '[', '{':
			if depth++; depth > maxNesting {
				return &Error{File: name, Line: line, Column: col, Msg: fmt.Sprintf("collections nested deeper than %d levels", maxNesting)}
			}
		case ']', '}':
			depth--
		}
	}
	return nil
}

// Parse validates config data; name is used in error messages.
func Parse(name, dir string, data []byte) (*Config, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a UTF-8 BOM, as some editors save
	if len(data) > MaxSize {
		return nil, &Error{File: name, Msg: fmt.Sprintf("config is %d bytes; the limit is %d", len(data), MaxSize)}
	}
	if err := preflight(name, data); err != nil {
		return nil, err
	}
	l := &loader{file: name}
	c := &Config{Path: name, Dir: dir, Files: DefaultFiles}
	file, err := parser.ParseBytes(data, 0)
	if err != nil {
		l.fromYAML(err)
		return nil, l.err()
	}
	var body ast.Node
	if len(file.Docs) > 1 {
		l.at(file.Docs[1].Body, "a config file holds one YAML document")
	}
	if len(file.Docs) > 0 {
		body = file.Docs[0].Body
	}
	l.noAliases(body)
	if l.err() != nil {
		return nil, l.err()
	}
	ctx := &registry.Context{}
	var rulesNode, overridesNode ast.Node
	if m := l.mapping(body, "the config"); m != nil {
		for _, kv := range m.Values {
			key := kv.Key.String()
			switch key {
			case "files":
				c.Files = l.globs(kv.Value, key)
			case "ignore":
				c.Ignore = l.globs(kv.Value, key)
			case "vocabulary":
				c.Vocabulary = l.strings(kv.Value, key)
			case "suppress":
				c.Suppress = l.suppressions(kv.Value)
			case "names":
				l.decode(kv.Value, &ctx.Names)
				for _, n := range ctx.Names {
					if strings.TrimSpace(n.Canonical) == "" {
						l.at(kv.Value, "every entry of names needs a non-empty name")
					}
				}
			case "rules":
				rulesNode = kv.Value
			case "overrides":
				overridesNode = kv.Value
			default:
				l.at(kv.Key, "unknown key %q%s", key, hint(key, topKeys))
			}
		}
	}
	c.Names = ctx.Names
	c.Rules = l.defaultRules(ctx)
	if rulesNode != nil {
		for _, a := range l.rules(rulesNode, ctx, nil) {
			replace(c.Rules, a)
		}
	}
	if overridesNode != nil {
		c.Overrides = l.overrides(overridesNode, ctx, c.Rules)
	}
	if err := l.err(); err != nil {
		return nil, err
	}
	return c, nil
}

var topKeys = []string{"files", "ignore", "vocabulary", "names", "rules", "overrides", "suppress"}

// Suppression silences findings the article must keep (a quoted typo, a
// name spelled two ways on purpose) in any kind of file: the findings of
// Rule (an ID, or a rule's category such as boilerplate/nav) in the files
// matching File (a glob; all files if empty) whose flagged text is Text
// (any text if empty). Matching the text, not a line number, keeps it
// working when the file is edited elsewhere.
type Suppression struct {
	File string `yaml:"file"`
	Rule string `yaml:"rule"`
	Text string `yaml:"text"`
}

// suppressions reads the suppress list, checking rules and globs.
func (l *loader) suppressions(n ast.Node) []Suppression {
	var out []Suppression
	if !l.decode(n, &out) {
		return nil
	}
	seq, _ := n.(*ast.SequenceNode)
	for i, sp := range out {
		var at ast.Node = n
		if seq != nil && i < len(seq.Values) {
			at = seq.Values[i]
		}
		id, _, _ := strings.Cut(sp.Rule, "/")
		if _, ok := registry.Lookup(id); !ok {
			l.at(at, "suppress: unknown rule %q%s", sp.Rule, hint(id, ruleIDs()))
		}
		if sp.File != "" && !doublestar.ValidatePattern(sp.File) {
			l.at(at, "suppress: bad glob %q", sp.File)
		}
	}
	return out
}

// Suppressed reports whether a finding is silenced by the suppress list.
func (c *Config) Suppressed(path, rule, category, text string) bool {
	if len(c.Suppress) == 0 {
		return false
	}
	rel := c.Rel(path)
	cat, _, _ := strings.Cut(category, "/")
	for _, s := range c.Suppress {
		if s.Rule != rule && (category == "" || s.Rule != rule+"/"+category && s.Rule != rule+"/"+cat) {
			continue
		}
		if s.File != "" && !MatchAny([]string{s.File}, rel) {
			continue
		}
		if s.Text == "" || s.Text == text {
			return true
		}
	}
	return false
}

func replace(list []lint.Active, a lint.Active) {
	for i := range list {
		if list[i].Rule.Meta().ID == a.Rule.Meta().ID {
			list[i] = a
		}
	}
}

// RulesFor returns the rules in force for a path (relative to Dir or as given).
func (c *Config) RulesFor(path string) []lint.Active {
	if len(c.Overrides) == 0 {
		return c.Rules
	}
	var out []lint.Active
	rel := c.Rel(path)
	for _, o := range c.Overrides {
		if !MatchAny(o.Files, rel) {
			continue
		}
		if out == nil {
			out = append([]lint.Active(nil), c.Rules...)
		}
		for _, a := range o.Rules {
			replace(out, a)
		}
	}
	if out == nil {
		return c.Rules
	}
	return out
}

// Rel returns path relative to the config directory, slash-separated; a
// path outside it is returned cleaned, as given.
func (c *Config) Rel(path string) string {
	abs, err := filepath.Abs(path)
	if err == nil && c.Dir != "" {
		if r, err := filepath.Rel(c.Dir, abs); err == nil && !strings.HasPrefix(r, "..") {
			return filepath.ToSlash(r)
		}
	}
	return filepath.ToSlash(filepath.Clean(path))
}

// Included reports whether a walked file matches `files`.
func (c *Config) Included(path string) bool { return MatchAny(c.Files, c.Rel(path)) }

// Ignored reports whether a path (file or directory) matches `ignore`.
func (c *Config) Ignored(path string) bool {
	rel := c.Rel(path)
	return MatchAny(c.Ignore, rel) || MatchAny(c.Ignore, rel+"/")
}

// VocabularySet returns the vocabulary as a set.
func (c *Config) VocabularySet() map[string]bool {
	m := make(map[string]bool, len(c.Vocabulary))
	for _, w := range c.Vocabulary {
		m[w] = true
	}
	return m
}

// MatchAny reports whether path matches one of the globs. A glob without a
// slash matches the base name at any depth, as in .gitignore.
func MatchAny(globs []string, path string) bool {
	for _, g := range globs {
		if ok, _ := doublestar.Match(g, path); ok {
			return true
		}
		if !strings.Contains(strings.TrimSuffix(g, "/"), "/") {
			if ok, _ := doublestar.Match(g, pathBase(path)); ok {
				return true
			}
		}
		if strings.HasSuffix(g, "/**") || strings.HasSuffix(g, "/") {
			if ok, _ := doublestar.Match(strings.TrimSuffix(strings.TrimSuffix(g, "**"), "/"), strings.TrimSuffix(path, "/")); ok {
				return true
			}
		}
	}
	return false
}

func pathBase(p string) string {
	p = strings.TrimSuffix(p, "/")
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}

// loader collects every error of a config, each with its position.
type loader struct {
	file string
	errs []error
}

func (l *loader) err() error {
	sort.SliceStable(l.errs, func(i, j int) bool {
		a, _ := l.errs[i].(*Error)
		b, _ := l.errs[j].(*Error)
		if a == nil || b == nil {
			return a != nil
		}
		return a.Line < b.Line || (a.Line == b.Line && a.Column < b.Column)
	})
	return errors.Join(l.errs...)
}

func (l *loader) at(n ast.Node, format string, args ...any) {
	e := &Error{File: l.file, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		if tk := n.GetToken(); tk != nil && tk.Position != nil {
			e.Line, e.Column = tk.Position.Line, tk.Position.Column
		}
	}
	l.errs = append(l.errs, e)
}

// fromYAML converts a go-yaml error into a positioned Error.
func (l *loader) fromYAML(err error) {
	var pe interface {
		GetToken() *token.Token
		GetMessage() string
	}
	if errors.As(err, &pe) {
		e := &Error{File: l.file, Msg: pe.GetMessage()}
		if tk := pe.GetToken(); tk != nil && tk.Position != nil {
			e.Line, e.Column = tk.Position.Line, tk.Position.Column
		}
		l.errs = append(l.errs, e)
		return
	}
	l.errs = append(l.errs, &Error{File: l.file, Msg: err.Error()})
}

func (l *loader) noAliases(n ast.Node) {
	if n == nil {
		return
	}
	ast.Walk(visitor(func(n ast.Node) bool {
		switch n.(type) {
		case *ast.AliasNode, *ast.AnchorNode:
			l.at(n, "YAML anchors and aliases are not supported in a stylelint config")
			return false
		}
		return true
	}), n)
}

type visitor func(ast.Node) bool

func (v visitor) Visit(n ast.Node) ast.Visitor {
	if v(n) {
		return v
	}
	return nil
}

func (l *loader) mapping(n ast.Node, what string) *ast.MappingNode {
	switch m := n.(type) {
	case nil, *ast.NullNode:
		return nil
	case *ast.MappingNode:
		return m
	case *ast.MappingValueNode:
		return &ast.MappingNode{BaseNode: m.BaseNode, Values: []*ast.MappingValueNode{m}}
	}
	l.at(n, "%s must be a mapping (key: value lines)", what)
	return nil
}

func (l *loader) decode(n ast.Node, v any) bool {
	if err := yaml.NodeToValue(n, v, yaml.DisallowUnknownField()); err != nil {
		l.fromYAML(err)
		return false
	}
	return true
}

func (l *loader) strings(n ast.Node, key string) []string {
	var out []string
	if _, ok := n.(*ast.SequenceNode); !ok {
		if _, null := n.(*ast.NullNode); null {
			return nil
		}
		l.at(n, "%s must be a list of strings", key)
		return nil
	}
	if !l.decode(n, &out) {
		return nil
	}
	return out
}

func (l *loader) globs(n ast.Node, key string) []string {
	gs := l.strings(n, key)
	if seq, ok := n.(*ast.SequenceNode); ok {
		for i, g := range gs {
			if !doublestar.ValidatePattern(g) || g == "" {
				l.at(seq.Values[i], "bad glob %q in %s", g, key)
			}
		}
	}
	return gs
}

func (l *loader) defaultRules(ctx *registry.Context) []lint.Active {
	var out []lint.Active
	for _, s := range registry.All() {
		r, err := s.New(ctx, func(any) error { return nil })
		if err != nil {
			l.errs = append(l.errs, &Error{File: l.file, Msg: fmt.Sprintf("rule %s: %v", s.ID, err)})
			continue
		}
		out = append(out, lint.Active{Rule: r, Severity: s.Severity})
	}
	return out
}

// rules parses a `rules:` mapping: rule ID -> severity or {severity, options…}.
// rules builds the rules of a `rules:` mapping. In an override, base is the
// configuration's own rules: a corpus rule is not built again there (its
// run-wide facts belong to one instance), so an override may change only
// its severity.
func (l *loader) rules(n ast.Node, ctx *registry.Context, base []lint.Active) []lint.Active {
	m := l.mapping(n, "rules")
	if m == nil {
		return nil
	}
	var out []lint.Active
	for _, kv := range m.Values {
		id := kv.Key.String()
		spec, ok := registry.Lookup(id)
		if !ok {
			l.at(kv.Key, "unknown rule %q%s", id, hint(id, ruleIDs()))
			continue
		}
		sev := spec.Severity
		var opts *ast.MappingNode
		switch v := kv.Value.(type) {
		case *ast.StringNode, *ast.LiteralNode:
			s, err := lint.ParseSeverity(v.GetToken().Value)
			if err != nil {
				l.at(v, "%v", err)
				continue
			}
			sev = s
		case *ast.BoolNode:
			if v.Value {
				l.at(v, "use a severity (off, info, warning, error), not a boolean")
				continue
			}
			sev = lint.Off
		case *ast.NullNode:
		default:
			rm, ok := kv.Value.(*ast.MappingNode)
			if !ok {
				l.at(kv.Value, "rule %s: want a severity (off, info, warning, error) or a mapping of options", id)
				continue
			}
			opts = &ast.MappingNode{BaseNode: rm.BaseNode, Start: rm.Start, End: rm.End}
			for _, o := range rm.Values {
				if o.Key.String() == "severity" {
					s, err := lint.ParseSeverity(o.Value.GetToken().Value)
					if err != nil {
						l.at(o.Value, "%v", err)
						continue
					}
					sev = s
					continue
				}
				opts.Values = append(opts.Values, o)
			}
		}
		if base != nil && spec.Corpus {
			if opts != nil && len(opts.Values) > 0 {
				l.at(opts.Values[0].Key, "rule %s looks across the whole run: an override may change only its severity; set its options under the top-level rules", id)
				continue
			}
			for _, a := range base {
				if a.Rule.Meta().ID == id {
					out = append(out, lint.Active{Rule: a.Rule, Severity: sev})
				}
			}
			continue
		}
		before := len(l.errs)
		r, err := spec.New(ctx, func(v any) error {
			if opts == nil || len(opts.Values) == 0 {
				return nil
			}
			if !l.decode(opts, v) {
				return errDecoded
			}
			return nil
		})
		if err != nil {
			if !errors.Is(err, errDecoded) && len(l.errs) == before {
				l.at(kv.Key, "rule %s: %v", id, err)
			}
			continue
		}
		out = append(out, lint.Active{Rule: r, Severity: sev})
	}
	return out
}

// errDecoded marks an options error that was already recorded with its position.
var errDecoded = errors.New("invalid options")

func (l *loader) overrides(n ast.Node, ctx *registry.Context, base []lint.Active) []Override {
	seq, ok := n.(*ast.SequenceNode)
	if !ok {
		if _, null := n.(*ast.NullNode); !null {
			l.at(n, "overrides must be a list of {files, rules} entries")
		}
		return nil
	}
	var out []Override
	for _, item := range seq.Values {
		m := l.mapping(item, "an override")
		if m == nil {
			continue
		}
		var o Override
		for _, kv := range m.Values {
			switch key := kv.Key.String(); key {
			case "files":
				o.Files = l.globs(kv.Value, "files")
			case "rules":
				o.Rules = l.rules(kv.Value, ctx, base)
			default:
				l.at(kv.Key, "unknown key %q in an override%s", key, hint(key, []string{"files", "rules"}))
			}
		}
		if len(o.Files) == 0 {
			l.at(item, "an override needs files: [globs]")
		}
		out = append(out, o)
	}
	return out
}

func ruleIDs() []string {
	var ids []string
	for _, s := range registry.All() {
		ids = append(ids, s.ID)
	}
	return ids
}

// Hint suggests the closest candidate within a small edit distance ("; did
// you mean ...?"), or lists the candidates.
func Hint(got string, candidates []string) string { return hint(got, candidates) }

// hint suggests the closest candidate within a small edit distance.
func hint(got string, candidates []string) string {
	best, bestD := "", 1<<30
	for _, c := range candidates {
		if d := distance(got, c); d < bestD {
			best, bestD = c, d
		}
	}
	if best != "" && bestD <= max(2, len(got)/3) {
		return fmt.Sprintf("; did you mean %q?", best)
	}
	sorted := append([]string(nil), candidates...)
	sort.Strings(sorted)
	return fmt.Sprintf(" (known: %s)", strings.Join(sorted, ", "))
}

// distance is the Levenshtein distance (inputs are short keys).
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
