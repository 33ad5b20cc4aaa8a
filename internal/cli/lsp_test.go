package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// setDebounce sets the server's debounce for one test.
func setDebounce(t *testing.T, d time.Duration) {
	old := debounce
	debounce = d
	t.Cleanup(func() { debounce = old })
}

// noDebounce makes the server lint on every change, so that a test's
// messages can be written in one go.
func noDebounce(t *testing.T) { setDebounce(t, 0) }

// frame is one client message with its Content-Length header.
func frame(t *testing.T, msg map[string]any) string {
	t.Helper()
	msg["jsonrpc"] = "2.0"
	data, err := json.Marshal(msg)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(data), data)
}

type serverMsg struct {
	ID     *int            `json:"id"`
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// serverMessages splits the server's output into its framed messages.
func serverMessages(t *testing.T, out string) []serverMsg {
	t.Helper()
	r := bufio.NewReader(strings.NewReader(out))
	var msgs []serverMsg
	for {
		var length int
		header, err := r.ReadString('\n')
		if err == io.EOF {
			return msgs
		}
		if _, err := fmt.Sscanf(header, "Content-Length: %d\r\n", &length); err != nil {
			t.Fatalf("bad header %q: %v", header, err)
		}
		if blank, _ := r.ReadString('\n'); blank != "\r\n" {
			t.Fatalf("header not ended by a blank line: %q", blank)
		}
		body := make([]byte, length)
		if _, err := io.ReadFull(r, body); err != nil {
			t.Fatal(err)
		}
		var m serverMsg
		if err := json.Unmarshal(body, &m); err != nil {
			t.Fatalf("%s: %v", body, err)
		}
		msgs = append(msgs, m)
	}
}

func fileURI(p string) string { return (&url.URL{Scheme: "file", Path: filepath.ToSlash(p)}).String() }

type published struct {
	URI         string `json:"uri"`
	Version     int    `json:"version"`
	Diagnostics []struct {
		Range struct {
			Start struct{ Line, Character int } `json:"start"`
			End   struct{ Line, Character int } `json:"end"`
		} `json:"range"`
		Severity int    `json:"severity"`
		Code     string `json:"code"`
		Source   string `json:"source"`
		Message  string `json:"message"`
	} `json:"diagnostics"`
}

func publishedFor(t *testing.T, msgs []serverMsg) []published {
	t.Helper()
	var out []published
	for _, m := range msgs {
		if m.Method == "textDocument/publishDiagnostics" {
			var p published
			if err := json.Unmarshal(m.Params, &p); err != nil {
				t.Fatal(err)
			}
			out = append(out, p)
		}
	}
	return out
}

func response(t *testing.T, msgs []serverMsg, id int) serverMsg {
	t.Helper()
	for _, m := range msgs {
		if m.ID != nil && *m.ID == id && m.Method == "" {
			return m
		}
	}
	t.Fatalf("no response to request %d", id)
	return serverMsg{}
}

// clientAction is a code action as the client reads it.
type clientAction struct {
	Title       string `json:"title"`
	Kind        string `json:"kind"`
	IsPreferred bool   `json:"isPreferred"`
	Edit        struct {
		Changes map[string][]struct {
			Range struct {
				Start struct{ Line, Character int } `json:"start"`
				End   struct{ Line, Character int } `json:"end"`
			} `json:"range"`
			NewText string `json:"newText"`
		} `json:"changes"`
	} `json:"edit"`
}

// codeActions is the answer to code action request id.
func codeActions(t *testing.T, msgs []serverMsg, id int) []clientAction {
	t.Helper()
	var actions []clientAction
	if err := json.Unmarshal(response(t, msgs, id).Result, &actions); err != nil {
		t.Fatal(err)
	}
	return actions
}

// An editor session: a buffer is linted as it opens and changes, with
// positions in UTF-16 code units; the quick fix is the rule's fix; the
// run-wide rules weigh the buffer against the workspace's files on disk.
func TestLanguageServerSession(t *testing.T) {
	noDebounce(t)
	dir := t.TempDir()
	for i := range 4 {
		text := fmt.Sprintf("Kim Kardashian spoke at event %d.\nKardashian said more at event %d.\n", i, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("b%d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	doc := fileURI(filepath.Join(dir, "new.txt")) // not on disk: an unsaved buffer
	text := "😀 The band played tounnecessary encores.\r\nKim Kardashain spoke later.\n"
	in := frame(t, map[string]any{"id": 1, "method": "initialize", "params": map[string]any{"rootUri": fileURI(dir), "capabilities": map[string]any{}}}) +
		frame(t, map[string]any{"method": "initialized", "params": map[string]any{}}) +
		frame(t, map[string]any{"method": "textDocument/didOpen", "params": map[string]any{"textDocument": map[string]any{"uri": doc, "languageId": "plaintext", "version": 1, "text": text}}}) +
		frame(t, map[string]any{"id": 2, "method": "textDocument/codeAction", "params": map[string]any{"textDocument": map[string]any{"uri": doc},
			"range":   map[string]any{"start": map[string]any{"line": 0, "character": 20}, "end": map[string]any{"line": 0, "character": 20}},
			"context": map[string]any{"diagnostics": []any{}}}}) +
		frame(t, map[string]any{"method": "textDocument/didChange", "params": map[string]any{"textDocument": map[string]any{"uri": doc, "version": 2},
			"contentChanges": []any{map[string]any{"text": "The band played to unnecessary encores.\n"}}}}) +
		frame(t, map[string]any{"method": "textDocument/didClose", "params": map[string]any{"textDocument": map[string]any{"uri": doc}}}) +
		frame(t, map[string]any{"id": 3, "method": "shutdown"}) +
		frame(t, map[string]any{"method": "exit"})
	var stdout, stderr bytes.Buffer
	if code := Run([]string{"lsp"}, strings.NewReader(in), &stdout, &stderr); code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr.String())
	}
	msgs := serverMessages(t, stdout.String())

	var init struct {
		Capabilities struct {
			TextDocumentSync struct {
				OpenClose bool `json:"openClose"`
				Change    int  `json:"change"`
			} `json:"textDocumentSync"`
			CodeActionProvider any `json:"codeActionProvider"`
		} `json:"capabilities"`
		ServerInfo struct{ Name string } `json:"serverInfo"`
	}
	if err := json.Unmarshal(response(t, msgs, 1).Result, &init); err != nil {
		t.Fatal(err)
	}
	if !init.Capabilities.TextDocumentSync.OpenClose || init.Capabilities.TextDocumentSync.Change != 1 || init.Capabilities.CodeActionProvider == nil || init.ServerInfo.Name != "stylelint" {
		t.Errorf("initialize result: %+v", init)
	}

	pubs := publishedFor(t, msgs)
	if len(pubs) != 3 {
		t.Fatalf("published %d times, want 3 (open, change, close): %+v", len(pubs), pubs)
	}
	open := pubs[0]
	if open.URI != doc || open.Version != 1 {
		t.Errorf("first publish for %s version %d", open.URI, open.Version)
	}
	codes := map[string]bool{}
	for _, d := range open.Diagnostics {
		codes[d.Code] = true
		if d.Source != "stylelint" {
			t.Errorf("source %q", d.Source)
		}
		switch d.Code {
		case "missing-space":
			// 😀 is two UTF-16 code units (one code point: column 19 in
			// the text format): "tounnecessary" is at 19..32.
			if d.Range.Start.Line != 0 || d.Range.Start.Character != 19 || d.Range.End.Character != 32 || d.Severity != 2 {
				t.Errorf("missing-space diagnostic: %+v", d)
			}
		case "name-consistency":
			// After a CRLF line: line 1; "Kardashain" at 4..14.
			if d.Range.Start.Line != 1 || d.Range.Start.Character != 4 || d.Range.End.Character != 14 {
				t.Errorf("name-consistency diagnostic: %+v", d)
			}
		}
	}
	if !codes["missing-space"] || !codes["name-consistency"] {
		t.Errorf("want missing-space and name-consistency (from the files on disk), got %+v", open.Diagnostics)
	}
	if len(pubs[1].Diagnostics) != 0 || pubs[1].Version != 2 {
		t.Errorf("after the fix: %+v", pubs[1])
	}
	if len(pubs[2].Diagnostics) != 0 {
		t.Errorf("a closed document's diagnostics are not cleared: %+v", pubs[2])
	}

	actions := codeActions(t, msgs, 2)
	if len(actions) != 1 || actions[0].Kind != "quickfix" || !actions[0].IsPreferred {
		t.Fatalf("code actions at the missing space: %+v", actions)
	}
	edits := actions[0].Edit.Changes[doc]
	if len(edits) != 1 || edits[0].NewText != " " || edits[0].Range.Start.Line != 0 || edits[0].Range.Start.Character != 21 || edits[0].Range.End.Character != 21 {
		t.Errorf("the quick fix's edit: %+v", edits)
	}
	if r := response(t, msgs, 3); r.Error != nil {
		t.Errorf("shutdown: %+v", r.Error)
	}
}

// Protocol mistakes get JSON-RPC errors, and the server goes on; a bad
// config refuses initialize with the loader's message.
func TestLanguageServerErrors(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, ".stylelint.yaml"), []byte("rules:\n  missing-spaces: error\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	body := "{not json"
	in := frame(t, map[string]any{"id": 1, "method": "textDocument/codeAction", "params": map[string]any{}}) +
		fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body) +
		frame(t, map[string]any{"id": 2, "method": "initialize", "params": map[string]any{"rootUri": fileURI(dir)}}) +
		frame(t, map[string]any{"id": 3, "method": "shutdown"}) +
		frame(t, map[string]any{"method": "exit"})
	var stdout, stderr bytes.Buffer
	code := Run([]string{"lsp"}, strings.NewReader(in), &stdout, &stderr)
	msgs := serverMessages(t, stdout.String())
	if r := response(t, msgs, 1); r.Error == nil || r.Error.Code != -32002 {
		t.Errorf("a request before initialize: %+v", r.Error)
	}
	parse := false
	for _, m := range msgs {
		if m.Error != nil && m.Error.Code == -32700 {
			parse = true
		}
	}
	if !parse {
		t.Errorf("no parse error for a body that is not JSON: %s", stdout.String())
	}
	if r := response(t, msgs, 2); r.Error == nil || !strings.Contains(r.Error.Message, "missing-spaces") {
		t.Errorf("initialize with a broken config: %+v", r.Error)
	}
	// Not initialized: shutdown is refused too, and exit without a
	// shutdown is exit 1, as the specification asks.
	if code != ExitError {
		t.Errorf("exit %d, want %d", code, ExitError)
	}

	// -c names the config (it is the subcommand's flag, not the lint's).
	stdout.Reset()
	stderr.Reset()
	missing := filepath.Join(dir, "missing.yaml")
	Run([]string{"lsp", "-c", missing}, strings.NewReader(frame(t, map[string]any{"id": 1, "method": "initialize", "params": map[string]any{"rootUri": fileURI(dir)}})), &stdout, &stderr)
	if r := response(t, serverMessages(t, stdout.String()), 1); r.Error == nil || !strings.Contains(r.Error.Message, "missing.yaml") {
		t.Errorf("initialize with -c of a missing file: %+v", r.Error)
	}

	// A stream that ends mid-message is an error, not a hang.
	stdout.Reset()
	stderr.Reset()
	if code := Run([]string{"lsp"}, strings.NewReader("Content-Length: 50\r\n\r\n{\"jsonrpc\""), &stdout, &stderr); code != ExitError || !strings.Contains(stderr.String(), "cut short") {
		t.Errorf("truncated message: exit %d, stderr %q", code, stderr.String())
	}
}

// Open buffers are the truth for the run-wide rules while they are open;
// closing one unsaved makes its file on disk count again.
func TestLanguageServerBuffersReplaceFiles(t *testing.T) {
	noDebounce(t)
	dir := t.TempDir()
	var disk []string
	for i := range 4 {
		p := filepath.Join(dir, fmt.Sprintf("b%d.txt", i))
		disk = append(disk, p)
		if err := os.WriteFile(p, []byte(fmt.Sprintf("Kim Kardashian spoke at event %d.\nKardashian said more at event %d.\n", i, i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c := fileURI(filepath.Join(dir, "c.txt"))
	openC := func(version int) string {
		return frame(t, map[string]any{"method": "textDocument/didChange", "params": map[string]any{"textDocument": map[string]any{"uri": c, "version": version},
			"contentChanges": []any{map[string]any{"text": "Kim Kardashain spoke later.\n"}}}})
	}
	in := frame(t, map[string]any{"id": 1, "method": "initialize", "params": map[string]any{"rootUri": fileURI(dir)}}) +
		frame(t, map[string]any{"method": "textDocument/didOpen", "params": map[string]any{"textDocument": map[string]any{"uri": c, "version": 1, "text": "Kim Kardashain spoke later.\n"}}})
	// The editor rewrites every other file's buffer to the other spelling.
	for i, p := range disk {
		in += frame(t, map[string]any{"method": "textDocument/didOpen", "params": map[string]any{"textDocument": map[string]any{"uri": fileURI(p), "version": 1,
			"text": fmt.Sprintf("Kim Kardashain spoke at event %d.\nKardashain said more at event %d.\n", i, i)}}})
	}
	in += openC(2)
	for _, p := range disk {
		in += frame(t, map[string]any{"method": "textDocument/didClose", "params": map[string]any{"textDocument": map[string]any{"uri": fileURI(p)}}})
	}
	in += openC(3) +
		frame(t, map[string]any{"id": 2, "method": "shutdown"}) + frame(t, map[string]any{"method": "exit"})
	var stdout, stderr bytes.Buffer
	if code := Run([]string{"lsp"}, strings.NewReader(in), &stdout, &stderr); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	names := map[int]int{} // version of c.txt -> name-consistency findings
	for _, p := range publishedFor(t, serverMessages(t, stdout.String())) {
		if p.URI != c {
			continue
		}
		for _, d := range p.Diagnostics {
			if d.Code == "name-consistency" {
				names[p.Version]++
			}
		}
		if _, ok := names[p.Version]; !ok {
			names[p.Version] = 0
		}
	}
	if names[1] != 1 || names[2] != 0 || names[3] != 1 {
		t.Errorf("name-consistency findings on c.txt by version: %v, want 1 (disk), 0 (buffers agree with it), 1 (buffers closed)", names)
	}
}

// Changes are linted once the typing stops: a burst of changes is one
// lint, of the last text; a code action asked for meanwhile lints at once,
// so that its fixes are for the text as it is.
func TestLanguageServerDebounce(t *testing.T) {
	setDebounce(t, time.Hour)
	dir := t.TempDir()
	doc := fileURI(filepath.Join(dir, "a.txt"))
	change := func(v int, text string) string {
		return frame(t, map[string]any{"method": "textDocument/didChange", "params": map[string]any{"textDocument": map[string]any{"uri": doc, "version": v},
			"contentChanges": []any{map[string]any{"text": text}}}})
	}
	in := frame(t, map[string]any{"id": 1, "method": "initialize", "params": map[string]any{"rootUri": fileURI(dir)}}) +
		frame(t, map[string]any{"method": "textDocument/didOpen", "params": map[string]any{"textDocument": map[string]any{"uri": doc, "version": 1, "text": "Fine text.\n"}}}) +
		change(2, "They went ona long journey.\n") + change(3, "They played tounnecessary encores.\n") +
		frame(t, map[string]any{"id": 2, "method": "textDocument/codeAction", "params": map[string]any{"textDocument": map[string]any{"uri": doc},
			"range": map[string]any{"start": map[string]any{"line": 0, "character": 0}, "end": map[string]any{"line": 0, "character": 30}}}}) +
		change(4, "Fine again.\n") + // pending when the session ends: never published
		frame(t, map[string]any{"id": 3, "method": "shutdown"}) + frame(t, map[string]any{"method": "exit"})
	var stdout, stderr bytes.Buffer
	if code := Run([]string{"lsp"}, strings.NewReader(in), &stdout, &stderr); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	msgs := serverMessages(t, stdout.String())
	var versions []int
	for _, p := range publishedFor(t, msgs) {
		versions = append(versions, p.Version)
	}
	if fmt.Sprint(versions) != "[1 3]" {
		t.Errorf("published versions %v, want [1 3]", versions)
	}
	if r := response(t, msgs, 2); !strings.Contains(string(r.Result), `\"tounnecessary\" should be`) {
		t.Errorf("code action not for the last text: %s", r.Result)
	}
}

// The debounced lint happens by itself once the typing stops.
func TestLanguageServerDebounceFires(t *testing.T) {
	setDebounce(t, time.Millisecond)
	dir := t.TempDir()
	doc := fileURI(filepath.Join(dir, "a.txt"))
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan int)
	go func() {
		var stderr bytes.Buffer
		done <- Run([]string{"lsp"}, inR, outW, &stderr)
		outW.Close()
	}()
	published := make(chan int, 10)
	go func() {
		r := bufio.NewReader(outR)
		for {
			var length int
			if _, err := fmt.Fscanf(r, "Content-Length: %d\r\n\r\n", &length); err != nil {
				close(published)
				return
			}
			body := make([]byte, length)
			if _, err := io.ReadFull(r, body); err != nil {
				close(published)
				return
			}
			var m struct {
				Method string
				Params struct{ Version int }
			}
			json.Unmarshal(body, &m)
			if m.Method == "textDocument/publishDiagnostics" {
				published <- m.Params.Version
			}
		}
	}()
	send := func(msg map[string]any) {
		if _, err := io.WriteString(inW, frame(t, msg)); err != nil {
			t.Fatal(err)
		}
	}
	send(map[string]any{"id": 1, "method": "initialize", "params": map[string]any{"rootUri": fileURI(dir)}})
	send(map[string]any{"method": "textDocument/didOpen", "params": map[string]any{"textDocument": map[string]any{"uri": doc, "version": 1, "text": "Fine.\n"}}})
	if v := <-published; v != 1 {
		t.Fatalf("first publish: version %d", v)
	}
	send(map[string]any{"method": "textDocument/didChange", "params": map[string]any{"textDocument": map[string]any{"uri": doc, "version": 2},
		"contentChanges": []any{map[string]any{"text": "They played tounnecessary encores.\n"}}}})
	select {
	case v := <-published:
		if v != 2 {
			t.Errorf("publish after the change: version %d", v)
		}
	case <-time.After(time.Minute):
		t.Fatal("the change was never linted")
	}
	send(map[string]any{"id": 2, "method": "shutdown"})
	send(map[string]any{"method": "exit"})
	inW.Close()
	if code := <-done; code != ExitOK {
		t.Errorf("exit %d", code)
	}
}

// "Add to vocabulary" edits the config; the saved config is reloaded (the
// client watches files for the server) and the finding goes; a config
// saved broken is refused with a message, the last good one staying.
func TestLanguageServerVocabularyAndConfigReload(t *testing.T) {
	noDebounce(t)
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, ".stylelint.yaml")
	cfgText := "# house config\nvocabulary: []\n"
	if err := os.WriteFile(cfgPath, []byte(cfgText), 0o644); err != nil {
		t.Fatal(err)
	}
	doc := fileURI(filepath.Join(dir, "a.txt"))
	watched := func() string {
		return frame(t, map[string]any{"method": "workspace/didChangeWatchedFiles", "params": map[string]any{"changes": []any{map[string]any{"uri": fileURI(cfgPath), "type": 2}}}})
	}
	start := frame(t, map[string]any{"id": 1, "method": "initialize", "params": map[string]any{"rootUri": fileURI(dir),
		"capabilities": map[string]any{"workspace": map[string]any{"didChangeWatchedFiles": map[string]any{"dynamicRegistration": true}}}}}) +
		frame(t, map[string]any{"method": "initialized", "params": map[string]any{}}) +
		frame(t, map[string]any{"method": "textDocument/didOpen", "params": map[string]any{"textDocument": map[string]any{"uri": doc, "version": 1, "text": "They played tounnecessary encores.\n"}}}) +
		frame(t, map[string]any{"id": 2, "method": "textDocument/codeAction", "params": map[string]any{"textDocument": map[string]any{"uri": doc},
			"range": map[string]any{"start": map[string]any{"line": 0, "character": 15}, "end": map[string]any{"line": 0, "character": 15}}}})
	inR, inW := io.Pipe()
	out := &syncBuffer{}
	done := make(chan int)
	go func() { done <- Run([]string{"lsp"}, inR, out, io.Discard) }()
	send := func(msg string) {
		if _, err := io.WriteString(inW, msg); err != nil {
			t.Fatal(err)
		}
	}
	// barrier asks a question and waits for its answer: every message
	// sent before it has been handled.
	barrier := func(id int) []serverMsg {
		send(frame(t, map[string]any{"id": id, "method": "textDocument/codeAction", "params": map[string]any{"textDocument": map[string]any{"uri": doc},
			"range": map[string]any{"start": map[string]any{"line": 0, "character": 15}, "end": map[string]any{"line": 0, "character": 15}}}}))
		deadline := time.Now().Add(time.Minute)
		for !strings.Contains(out.String(), fmt.Sprintf(`"id":%d,"result"`, id)) {
			if time.Now().After(deadline) {
				t.Fatalf("no answer to %d: %s", id, out.String())
			}
			time.Sleep(time.Millisecond)
		}
		return serverMessages(t, out.String())
	}
	lastDiagnostics := func(msgs []serverMsg) int {
		pubs := publishedFor(t, msgs)
		return len(pubs[len(pubs)-1].Diagnostics)
	}
	send(start)
	msgs := barrier(2)
	registered := false
	for _, m := range msgs {
		if m.Method == "client/registerCapability" && m.ID != nil && strings.Contains(string(m.Params), "workspace/didChangeWatchedFiles") {
			registered = true
		}
	}
	if !registered {
		t.Errorf("no file watch registered with a client that can: %s", out.String())
	}
	if lastDiagnostics(msgs) != 1 {
		t.Fatalf("before: %s", out.String())
	}
	actions := codeActions(t, msgs, 2)
	var edit string
	for _, a := range actions {
		if e, ok := a.Edit.Changes[fileURI(cfgPath)]; ok && strings.Contains(a.Title, "vocabulary") {
			if len(e) != 1 || e[0].Range.Start.Line != 1 || e[0].Range.Start.Character != 12 || e[0].Range.End.Character != 14 {
				t.Fatalf("vocabulary edit: %+v", e)
			}
			edit = e[0].NewText
		}
	}
	if edit != "[tounnecessary]" {
		t.Fatalf("no vocabulary action (or a wrong edit %q) in %+v", edit, actions)
	}
	// The editor applies the edit and saves the config: it is reloaded.
	if err := os.WriteFile(cfgPath, []byte("# house config\nvocabulary: "+edit+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	send(watched())
	if n := lastDiagnostics(barrier(3)); n != 0 {
		t.Errorf("with the word in the vocabulary, %d findings: %s", n, out.String())
	}
	// Saved broken: a message, and the last good config stays.
	if err := os.WriteFile(cfgPath, []byte("vocabulary: [tounnecessary]\nrules:\n  missing-spaces: error\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	send(watched())
	send(frame(t, map[string]any{"method": "textDocument/didChange", "params": map[string]any{"textDocument": map[string]any{"uri": doc, "version": 2},
		"contentChanges": []any{map[string]any{"text": "They played tounnecessary encores.\n"}}}}))
	msgs = barrier(4)
	if n := lastDiagnostics(msgs); n != 0 {
		t.Errorf("after a broken config, %d findings: the previous config is not in use", n)
	}
	shown := false
	for _, m := range msgs {
		if m.Method == "window/showMessage" && strings.Contains(string(m.Params), "missing-spaces") {
			shown = true
		}
	}
	if !shown {
		t.Errorf("the broken config was not reported: %s", out.String())
	}
	send(frame(t, map[string]any{"id": 5, "method": "shutdown"}) + frame(t, map[string]any{"method": "exit"}))
	inW.Close()
	if code := <-done; code != ExitOK {
		t.Errorf("exit %d", code)
	}
}

// syncBuffer is a bytes.Buffer the server writes while the test reads.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// A document the config ignores is not linted, as on the command line.
func TestLanguageServerIgnoredDocument(t *testing.T) {
	noDebounce(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, ".stylelint.yaml"), []byte("ignore: [\"vendor/**\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	text := "They played tounnecessary encores.\n"
	in := frame(t, map[string]any{"id": 1, "method": "initialize", "params": map[string]any{"rootUri": fileURI(dir)}})
	for _, name := range []string{"vendor/a.txt", "a.txt"} {
		in += frame(t, map[string]any{"method": "textDocument/didOpen", "params": map[string]any{"textDocument": map[string]any{"uri": fileURI(filepath.Join(dir, name)), "version": 1, "text": text}}})
	}
	in += frame(t, map[string]any{"id": 2, "method": "shutdown"}) + frame(t, map[string]any{"method": "exit"})
	var stdout, stderr bytes.Buffer
	if code := Run([]string{"lsp"}, strings.NewReader(in), &stdout, &stderr); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	got := map[string]int{}
	for _, p := range publishedFor(t, serverMessages(t, stdout.String())) {
		got[strings.TrimPrefix(p.URI, fileURI(dir)+"/")] = len(p.Diagnostics)
	}
	if got["vendor/a.txt"] != 0 || got["a.txt"] != 1 {
		t.Errorf("findings by document: %v, want none in the ignored one", got)
	}
}
