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
	return stream(w, frame, key, depth, n, item)
}

// stream is streamJSON, or its compact form when depth is negative.
func stream(w io.Writer, frame any, key string, depth, n int, item func(i int) any) error {
	compact := depth < 0
	marshal := func(v any, prefix string) ([]byte, error) {
		if compact {
			return json.Marshal(v)
		}
		return json.MarshalIndent(v, prefix, "  ")
	}
	head, err := marshal(frame, "")
	if err != nil {
		return err
	}
	empty := []byte("[]")
	if key != "" {
		sep := ": "
		if compact {
			sep = ":"
		}
		empty = []byte(fmt.Sprintf("%q%s[]", key, sep))
	}
	cut := bytes.Index(head, empty)
	if cut < 0 || n == 0 {
		_, err := w.Write(append(head, '\n'))
		return err
	}
	var closing, indent []byte
	if !compact {
		closing = bytes.Repeat([]byte("  "), depth)
		indent = append(append([]byte{}, closing...), "  "...)
	}
	bw := bufio.NewWriter(w)
	bw.Write(head[:cut+len(empty)-1]) // up to and including "["
	for i := 0; i < n; i++ {
		b, err := marshal(item(i), string(indent))
		if err != nil {
			return err
		}
		if i > 0 {
			bw.WriteByte(',')
		}
		if !compact {
			bw.WriteByte('\n')
			bw.Write(indent)
		}
		bw.Write(b)
	}
	if !compact {
		bw.WriteByte('\n')
		bw.Write(closing)
	}
	bw.Write(head[cut+len(empty)-1:]) // "]" and the rest of the frame
	bw.WriteByte('\n')
	return bw.Flush()
}

// streamCompactJSON is streamJSON without white space: one line, as code
// scanning services want big SARIF logs (a 57,000-result log was 90 MB
// indented).
func streamCompactJSON(w io.Writer, frame any, key string, n int, item func(i int) any) error {
	return stream(w, frame, key, -1, n, item)
}
