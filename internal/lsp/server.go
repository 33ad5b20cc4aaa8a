// Package lsp is stylelint's language server: diagnostics as an editor's
// user types, and quick fixes, over the Language Server Protocol (stdio,
// JSON-RPC 2.0 with Content-Length framing).
//
// A document is linted whole on open, and after each burst of changes
// (full sync, debounced); the run-wide rules (name-consistency) weigh the open buffers against the
// files of the workspace on disk, so "Kardashain" is reported in the
// buffer while the other files say "Kardashian".
package lsp

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/stylelint-dev/stylelint/internal/config"
	"github.com/stylelint-dev/stylelint/internal/lint"
)

// JSON-RPC and LSP error codes.
const (
	codeParseError     = -32700
	codeInvalidRequest = -32600
	codeMethodNotFound = -32601
	codeInvalidParams  = -32602
	codeServerNotInit  = -32002
)

// maxMessage bounds one message's body (a document is at most
// lint.MaxDocSize; JSON escaping can double it).
const maxMessage = 2*lint.MaxDocSize + 1<<20

// Open makes the workspace of a root directory: its config (and the path
// of its file, "" for the defaults), and the run-wide facts of its files.
// The server calls it on initialize, and again when the config changes.
type Open func(root string) (ws *lint.Workspace, configPath string, err error)

// Options of a session.
type Options struct {
	Version string
	// Debounce is how long a document must be left alone after a change
	// before it is linted again; 0 lints on every change.
	Debounce time.Duration
}

type request struct {
	JSONRPC string           `json:"jsonrpc"`
	ID      *json.RawMessage `json:"id"`
	Method  string           `json:"method"`
	Params  json.RawMessage  `json:"params"`
}

type respError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

type response struct {
	JSONRPC string           `json:"jsonrpc"`
	ID      *json.RawMessage `json:"id"`
	Result  any              `json:"result"`
	Error   *respError       `json:"error,omitempty"`
}

type notification struct {
	JSONRPC string `json:"jsonrpc"`
	Method  string `json:"method"`
	Params  any    `json:"params"`
}

type document struct {
	uri      string
	path     string
	version  int
	text     string
	lines    *lines
	findings []lint.Finding
	dirty    bool        // changed since it was last linted
	timer    *time.Timer // the debounced lint, while one is pending
}

// Server is one editor session.
type Server struct {
	open Open
	opt  Options
	log  io.Writer

	mu         sync.Mutex // everything below; held while a message is handled
	out        *bufio.Writer
	root       string
	ws         *lint.Workspace
	configPath string
	docs       map[string]*document // by URI
	watch      bool                 // the client can watch files for us
	nextID     int
	shutdown   bool
	closed     bool
}

// Serve answers the messages of in on out until the client says exit or
// in ends. It returns nil after shutdown then exit, an error otherwise
// (the process should then exit 1, as the specification asks).
func Serve(in io.Reader, out, log io.Writer, open Open, opt Options) error {
	s := &Server{open: open, opt: opt, out: bufio.NewWriter(out), log: log, docs: map[string]*document{}}
	defer s.close()
	r := bufio.NewReader(in)
	for {
		body, err := readMessage(r)
		if err != nil {
			if errors.Is(err, io.EOF) {
				return errors.New("the client closed the connection without exit")
			}
			// The stream is out of step: nothing after it can be trusted.
			return err
		}
		s.mu.Lock()
		exit, err := s.handle(body)
		ferr := s.out.Flush()
		s.mu.Unlock()
		if ferr != nil {
			return ferr
		}
		if exit {
			return err
		}
	}
}

// close stops the pending lints: nothing is written after Serve returns.
func (s *Server) close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	for _, d := range s.docs {
		if d.timer != nil {
			d.timer.Stop()
		}
	}
}

type frameError struct{ msg string }

func (e frameError) Error() string { return "lsp: " + e.msg }

// readMessage reads one Content-Length framed message body.
func readMessage(r *bufio.Reader) ([]byte, error) {
	length := -1
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			if err == io.EOF && line == "" && length < 0 {
				return nil, io.EOF
			}
			return nil, frameError{"message header cut short"}
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			break
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			return nil, frameError{fmt.Sprintf("bad header line %q", line)}
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			n, err := strconv.Atoi(strings.TrimSpace(value))
			if err != nil || n < 0 {
				return nil, frameError{fmt.Sprintf("bad Content-Length %q", strings.TrimSpace(value))}
			}
			length = n
		}
	}
	if length < 0 {
		return nil, frameError{"message without Content-Length"}
	}
	if length > maxMessage {
		return nil, frameError{fmt.Sprintf("message of %d bytes is over the limit of %d", length, maxMessage)}
	}
	body := make([]byte, length)
	if _, err := io.ReadFull(r, body); err != nil {
		return nil, frameError{"message body cut short"}
	}
	return body, nil
}

func (s *Server) write(v any) {
	data, err := json.Marshal(v)
	if err != nil {
		fmt.Fprintf(s.log, "stylelint lsp: %v\n", err)
		return
	}
	fmt.Fprintf(s.out, "Content-Length: %d\r\n\r\n", len(data))
	s.out.Write(data)
}

func (s *Server) reply(id *json.RawMessage, result any, e *respError) {
	if id == nil {
		return // a notification gets no answer
	}
	s.write(response{JSONRPC: "2.0", ID: id, Result: result, Error: e})
}

func (s *Server) notify(method string, params any) {
	s.write(notification{JSONRPC: "2.0", Method: method, Params: params})
}

// handle answers one message; exit is true when the session is over.
func (s *Server) handle(body []byte) (exit bool, err error) {
	var req request
	if err := json.Unmarshal(body, &req); err != nil {
		null := json.RawMessage("null")
		s.reply(&null, nil, &respError{codeParseError, "parse error: " + err.Error()})
		return false, nil
	}
	if req.Method == "" {
		if req.ID != nil {
			// A response to a request of ours: the server sends none.
			return false, nil
		}
		null := json.RawMessage("null")
		s.reply(&null, nil, &respError{codeInvalidRequest, "a message without method"})
		return false, nil
	}
	if req.Method == "exit" {
		if !s.shutdown {
			return true, errors.New("exit without shutdown")
		}
		return true, nil
	}
	if s.ws == nil && req.Method != "initialize" {
		s.reply(req.ID, nil, &respError{codeServerNotInit, "the server is not initialized"})
		return false, nil
	}
	if s.shutdown {
		s.reply(req.ID, nil, &respError{codeInvalidRequest, "the server is shutting down"})
		return false, nil
	}
	result, rerr := s.dispatch(req)
	if req.ID != nil {
		s.reply(req.ID, result, rerr)
	} else if rerr != nil {
		fmt.Fprintf(s.log, "stylelint lsp: %s: %s\n", req.Method, rerr.Message)
	}
	return false, nil
}

func decode(params json.RawMessage, v any) *respError {
	if len(params) == 0 {
		return &respError{codeInvalidParams, "missing params"}
	}
	if err := json.Unmarshal(params, v); err != nil {
		return &respError{codeInvalidParams, "invalid params: " + err.Error()}
	}
	return nil
}

func (s *Server) dispatch(req request) (any, *respError) {
	switch req.Method {
	case "initialize":
		if s.ws != nil {
			return nil, &respError{codeInvalidRequest, "initialize was already called"}
		}
		var p initializeParams
		if len(req.Params) > 0 {
			if e := decode(req.Params, &p); e != nil {
				return nil, e
			}
		}
		root := "."
		if p.RootURI != "" {
			path, err := uriPath(p.RootURI)
			if err != nil {
				return nil, &respError{codeInvalidParams, err.Error()}
			}
			root = path
		} else if p.RootPath != "" {
			root = p.RootPath
		}
		ws, configPath, err := s.open(root)
		if err != nil {
			// Bad config: say so, and refuse the session (the editor
			// shows the message) rather than lint with a config the user
			// did not write.
			return nil, &respError{codeInvalidRequest, err.Error()}
		}
		s.root, s.ws, s.configPath = root, ws, configPath
		s.watch = p.Capabilities.Workspace.DidChangeWatchedFiles.DynamicRegistration
		return map[string]any{
			"capabilities": map[string]any{
				"textDocumentSync":   map[string]any{"openClose": true, "change": 1, "save": map[string]any{"includeText": false}},
				"codeActionProvider": map[string]any{"codeActionKinds": []string{"quickfix"}},
			},
			"serverInfo": map[string]any{"name": "stylelint", "version": s.opt.Version},
		}, nil
	case "initialized":
		if s.watch {
			// Ask to be told when configs and articles change on disk.
			s.nextID++
			s.write(request0{JSONRPC: "2.0", ID: s.nextID, Method: "client/registerCapability", Params: map[string]any{
				"registrations": []any{map[string]any{
					"id": "stylelint-files", "method": "workspace/didChangeWatchedFiles",
					"registerOptions": map[string]any{"watchers": []any{map[string]any{"globPattern": "**/*"}}},
				}},
			}})
		}
		return nil, nil
	case "$/cancelRequest", "$/setTrace", "workspace/didChangeConfiguration":
		return nil, nil
	case "shutdown":
		s.shutdown = true
		return nil, nil
	case "textDocument/didOpen":
		var p didOpenParams
		if e := decode(req.Params, &p); e != nil {
			return nil, e
		}
		path, err := uriPath(p.TextDocument.URI)
		if err != nil {
			return nil, &respError{codeInvalidParams, err.Error()}
		}
		if old, ok := s.docs[p.TextDocument.URI]; ok && old.timer != nil {
			old.timer.Stop()
		}
		d := &document{uri: p.TextDocument.URI, path: path, version: p.TextDocument.Version, text: p.TextDocument.Text}
		s.docs[p.TextDocument.URI] = d
		s.lint(d)
		return nil, nil
	case "textDocument/didChange":
		var p didChangeParams
		if e := decode(req.Params, &p); e != nil {
			return nil, e
		}
		d, ok := s.docs[p.TextDocument.URI]
		if !ok {
			return nil, &respError{codeInvalidParams, "didChange of a document that is not open: " + p.TextDocument.URI}
		}
		if len(p.ContentChanges) == 0 {
			return nil, nil
		}
		// Full sync: the last change is the whole text.
		d.text = p.ContentChanges[len(p.ContentChanges)-1].Text
		d.version = p.TextDocument.Version
		d.dirty = true
		s.schedule(d)
		return nil, nil
	case "textDocument/didSave":
		return nil, nil // the buffer was linted as it changed
	case "textDocument/didClose":
		var p didCloseParams
		if e := decode(req.Params, &p); e != nil {
			return nil, e
		}
		d, ok := s.docs[p.TextDocument.URI]
		if !ok {
			return nil, nil
		}
		delete(s.docs, p.TextDocument.URI)
		if d.timer != nil {
			d.timer.Stop()
		}
		// The file on disk is again what the other documents are weighed
		// against (the buffer may have been closed unsaved).
		s.ws.Reload(d.path)
		s.notify("textDocument/publishDiagnostics", publishDiagnosticsParams{URI: p.TextDocument.URI, Diagnostics: []diagnostic{}})
		return nil, nil
	case "workspace/didChangeWatchedFiles":
		var p didChangeWatchedFilesParams
		if e := decode(req.Params, &p); e != nil {
			return nil, e
		}
		reload := false
		for _, c := range p.Changes {
			path, err := uriPath(c.URI)
			if err != nil {
				continue
			}
			if path == s.configPath || isConfigName(filepath.Base(path)) {
				reload = true
				continue
			}
			if _, open := s.docs[c.URI]; !open { // the buffer, not the disk, is the truth
				s.ws.Reload(path)
			}
		}
		if reload {
			ws, configPath, err := s.open(s.root)
			if err != nil {
				// Keep linting with the config that loaded; say why.
				s.notify("window/showMessage", map[string]any{"type": 1, "message": "stylelint: the config did not load, the previous one stays in use: " + err.Error()})
				return nil, nil
			}
			s.ws, s.configPath = ws, configPath
		}
		// Every open document: the run-wide rules' evidence has changed.
		for _, uri := range s.openURIs() {
			s.lint(s.docs[uri])
		}
		return nil, nil
	case "textDocument/codeAction":
		var p codeActionParams
		if e := decode(req.Params, &p); e != nil {
			return nil, e
		}
		d, ok := s.docs[p.TextDocument.URI]
		if !ok {
			return []codeAction{}, nil
		}
		if d.dirty { // a lint is pending: the actions are for the text as it is
			s.lint(d)
		}
		return s.codeActions(p.TextDocument.URI, d, p.Range), nil
	}
	return nil, &respError{codeMethodNotFound, "method not supported: " + req.Method}
}

// schedule lints a changed document once it has been left alone for the
// debounce delay (at once without one).
func (s *Server) schedule(d *document) {
	if s.opt.Debounce <= 0 {
		s.lint(d)
		return
	}
	if d.timer != nil {
		d.timer.Stop()
	}
	d.timer = time.AfterFunc(s.opt.Debounce, func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.closed || s.docs[d.uri] != d || !d.dirty {
			return
		}
		s.lint(d)
		if err := s.out.Flush(); err != nil {
			fmt.Fprintf(s.log, "stylelint lsp: %v\n", err)
		}
	})
}

func (s *Server) openURIs() []string {
	uris := make([]string, 0, len(s.docs))
	for uri := range s.docs {
		uris = append(uris, uri)
	}
	sort.Strings(uris)
	return uris
}

func isConfigName(name string) bool {
	for _, n := range config.FileNames {
		if name == n {
			return true
		}
	}
	return false
}

// lint lints a document's text and publishes its diagnostics.
func (s *Server) lint(d *document) {
	uri := d.uri
	d.dirty = false
	if d.timer != nil {
		d.timer.Stop()
		d.timer = nil
	}
	d.lines = newLines(d.text)
	d.findings = s.ws.Lint(d.path, []byte(d.text))
	diags := make([]diagnostic, 0, len(d.findings))
	for i := range d.findings {
		diags = append(diags, toDiagnostic(d, &d.findings[i]))
	}
	s.notify("textDocument/publishDiagnostics", publishDiagnosticsParams{URI: uri, Version: d.version, Diagnostics: diags})
}

func toDiagnostic(d *document, f *lint.Finding) diagnostic {
	sev := 3
	switch f.Severity {
	case lint.Error:
		sev = 1
	case lint.Warning:
		sev = 2
	}
	code := f.Rule
	if f.Category != "" {
		code += "/" + f.Category
	}
	return diagnostic{
		Range:    d.lines.span(f.Start, f.End),
		Severity: sev,
		Code:     code,
		CodeDesc: &codeDescription{Href: "https://github.com/stylelint-dev/stylelint#rules-and-options"},
		Source:   "stylelint",
		Message:  f.Message,
	}
}

// codeActions offers each fix of each finding that touches the range.
func (s *Server) codeActions(uri string, d *document, r lspRange) []codeAction {
	start, end := d.lines.offset(r.Start), d.lines.offset(r.End)
	out := []codeAction{}
	var cfgText []byte
	for i := range d.findings {
		f := &d.findings[i]
		if f.End < start || f.Start > end {
			continue
		}
		for j, fix := range f.Fixes {
			edits := make([]textEdit, 0, len(fix.Edits))
			for _, e := range fix.Edits {
				edits = append(edits, textEdit{Range: d.lines.span(e.Start, e.End), NewText: e.New})
			}
			title := fix.Message
			if title == "" {
				title = "Fix: " + f.Message
			}
			out = append(out, codeAction{
				Title:       title,
				Kind:        "quickfix",
				Diagnostics: []diagnostic{toDiagnostic(d, f)},
				IsPreferred: j == 0 && fix.Safe,
				Edit:        &workspaceEdit{Changes: map[string][]textEdit{uri: edits}},
			})
		}
		if a, ok := s.vocabularyAction(d, f, &cfgText); ok {
			out = append(out, a)
		}
	}
	return out
}

// vocabularyAction adds a flagged word to the config's vocabulary (when
// there is a config file, and the finding is a word, not a line).
// cfgText caches the config's text over one request (nil: not read yet).
func (s *Server) vocabularyAction(d *document, f *lint.Finding, cfgText *[]byte) (codeAction, bool) {
	if s.configPath == "" || f.Start < 0 || f.End > len(d.text) {
		return codeAction{}, false
	}
	word := d.text[f.Start:f.End]
	if !isWord.MatchString(word) {
		return codeAction{}, false
	}
	if *cfgText == nil {
		text, err := os.ReadFile(s.configPath)
		if err != nil {
			return codeAction{}, false
		}
		*cfgText = text // never nil once read, even when empty
	}
	text := *cfgText
	start, end, newText, ok := vocabularyEdit(string(text), word)
	if !ok {
		return codeAction{}, false
	}
	abs, err := filepath.Abs(s.configPath)
	if err != nil {
		return codeAction{}, false
	}
	l := newLines(string(text))
	uri := (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
	return codeAction{
		Title:       fmt.Sprintf("Add %q to the vocabulary in %s", word, filepath.Base(abs)),
		Kind:        "quickfix",
		Diagnostics: []diagnostic{toDiagnostic(d, f)},
		Edit:        &workspaceEdit{Changes: map[string][]textEdit{uri: {{Range: l.span(start, end), NewText: newText}}}},
	}, true
}

// uriPath is the file path of a file: URI.
func uriPath(uri string) (string, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return "", fmt.Errorf("bad URI %q: %v", uri, err)
	}
	if u.Scheme != "file" {
		return "", fmt.Errorf("URI %q: only file: URIs are supported", uri)
	}
	p := u.Path
	if runtime.GOOS == "windows" {
		p = strings.TrimPrefix(p, "/") // file:///C:/x
	}
	return filepath.FromSlash(p), nil
}
