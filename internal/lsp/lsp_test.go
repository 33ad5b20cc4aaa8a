package lsp

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/lint"
)

func TestPositions(t *testing.T) {
	text := "a😀b\r\nxé\rq\n\nend"
	l := newLines(text)
	for _, c := range []struct {
		off  int
		want position
	}{
		{0, position{0, 0}},
		{1, position{0, 1}},  // before 😀
		{3, position{0, 1}},  // inside 😀: its start
		{5, position{0, 3}},  // after 😀: two UTF-16 units
		{6, position{0, 4}},  // the \r of \r\n ends line 0
		{8, position{1, 0}},  // after \r\n
		{11, position{1, 2}}, // after é (2 bytes, one unit)
		{12, position{2, 0}}, // after a lone \r
		{14, position{3, 0}},
		{15, position{4, 0}},
		{18, position{4, 3}},
		{99, position{4, 3}}, // clamped
		{-1, position{0, 0}},
	} {
		if got := l.position(c.off); got != c.want {
			t.Errorf("position(%d) = %+v, want %+v", c.off, got, c.want)
		}
	}
	for _, c := range []struct {
		p    position
		want int
	}{
		{position{0, 3}, 5},
		{position{0, 99}, 6}, // past the line's end: its end, before the break
		{position{1, 2}, 11},
		{position{9, 0}, len(text)},
		{position{-1, 0}, 0},
	} {
		if got := l.offset(c.p); got != c.want {
			t.Errorf("offset(%+v) = %d, want %d", c.p, got, c.want)
		}
	}
}

func TestReadMessage(t *testing.T) {
	for _, c := range []struct{ in, want, err string }{
		{"Content-Length: 2\r\n\r\n{}", "{}", ""},
		{"content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}", "{}", ""},
		{"Content-Type: x\r\n\r\n{}", "", "without Content-Length"},
		{"Content-Length: -3\r\n\r\n", "", "bad Content-Length"},
		{"Content-Length: 99999999999\r\n\r\n", "", "over the limit"},
		{"Content-Length: 5\r\n\r\n{}", "", "cut short"},
		{"garbage\r\n\r\n", "", "bad header"},
		{"Content-Length: 2\r\n", "", "cut short"},
	} {
		got, err := readMessage(bufio.NewReader(strings.NewReader(c.in)))
		if c.err == "" && (err != nil || string(got) != c.want) || c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)) {
			t.Errorf("%q: got %q, %v; want %q, error %q", c.in, got, err, c.want, c.err)
		}
	}
}

// Messages the server does not know, and notifications, get what the
// specification says: an error for a request, nothing for a notification.
func TestUnknownMethods(t *testing.T) {
	open := func(string) (*lint.Workspace, string, error) {
		return lint.NewWorkspace(&lint.Setup{RulesFor: func(string) []lint.Active { return nil }}, nil), "", nil
	}
	msgs := []string{
		`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}`,
		`{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{}}`,
		`{"jsonrpc":"2.0","method":"workspace/unknownNotification","params":{}}`,
		`{"jsonrpc":"2.0","id":3,"method":"textDocument/didOpen","params":{"textDocument":{"uri":"http://x/y"}}}`,
		`{"jsonrpc":"2.0","id":4,"method":"shutdown"}`,
		`{"jsonrpc":"2.0","id":5,"method":"textDocument/codeAction","params":{}}`,
		`{"jsonrpc":"2.0","method":"exit"}`,
	}
	var in strings.Builder
	for _, m := range msgs {
		in.WriteString("Content-Length: " + strconv.Itoa(len(m)) + "\r\n\r\n" + m)
	}
	var out, log bytes.Buffer
	if err := Serve(strings.NewReader(in.String()), &out, &log, open, Options{Version: "test"}); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		`"id":2,"result":null,"error":{"code":-32601`,
		`"id":3,"result":null,"error":{"code":-32602,"message":"URI \"http://x/y\": only file: URIs are supported"}`,
		`"id":4,"result":null}`,
		`"id":5,"result":null,"error":{"code":-32600,"message":"the server is shutting down"}`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %s in\n%s", want, got)
		}
	}
	if strings.Contains(got, "unknownNotification") {
		t.Errorf("a notification was answered:\n%s", got)
	}
}
