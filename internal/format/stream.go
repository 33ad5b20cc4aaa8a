package format

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// streamJSON writes frame (a value encoded with two-space indentation, as
// json.Encoder with SetIndent("", "  ") would) with the empty array at key
// replaced by n items, each encoded on its own as they are produced: a run
// with a million findings never holds its whole output in memory, and the
// bytes are the same as encoding everything at once. key "" means frame
// is itself the empty top-level array. depth is the array's nesting level.
func streamJSON(w io.Writer, frame any, key string, depth, n int, item func(i int) any) error {
	head, err := json.MarshalIndent(frame, "", "  ")
	if err != nil {
		return err
	}
	empty := []byte("[]")
	if key != "" {
		empty = []byte(fmt.Sprintf("%q: []", key))
	}
	cut := bytes.Index(head, empty)
	if cut < 0 || n == 0 {
		_, err := w.Write(append(head, '\n'))
		return err
	}
	closing := bytes.Repeat([]byte("  "), depth)
	indent := append(append([]byte{}, closing...), "  "...)
	bw := bufio.NewWriter(w)
	bw.Write(head[:cut+len(empty)-1]) // up to and including "["
	for i := 0; i < n; i++ {
		b, err := json.MarshalIndent(item(i), string(indent), "  ")
		if err != nil {
			return err
		}
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteByte('\n')
		bw.Write(indent)
		bw.Write(b)
	}
	bw.WriteByte('\n')
	bw.Write(closing)
	bw.Write(head[cut+len(empty)-1:]) // "]" and the rest of the frame
	bw.WriteByte('\n')
	return bw.Flush()
}

// streamCompactJSON is streamJSON without white space: one line, as code
// scanning services want big SARIF logs (a 57,000-result log was 90 MB
// indented).
func streamCompactJSON(w io.Writer, frame any, key string, n int, item func(i int) any) error {
	head, err := json.Marshal(frame)
	if err != nil {
		return err
	}
	empty := []byte("[]")
	if key != "" {
		empty = []byte(fmt.Sprintf("%q:[]", key))
	}
	cut := bytes.Index(head, empty)
	if cut < 0 || n == 0 {
		_, err := w.Write(append(head, '\n'))
		return err
	}
	bw := bufio.NewWriter(w)
	bw.Write(head[:cut+len(empty)-1])
	for i := 0; i < n; i++ {
		b, err := json.Marshal(item(i))
		if err != nil {
			return err
		}
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.Write(b)
	}
	bw.Write(head[cut+len(empty)-1:])
	bw.WriteByte('\n')
	return bw.Flush()
}
