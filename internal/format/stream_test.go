package format

import (
	"bytes"
	"encoding/json"
	"testing"
)

// streamJSON must write exactly what encoding the whole value would.
func TestStreamJSONMatchesEncoder(t *testing.T) {
	type item struct {
		A int               `json:"a"`
		B []string          `json:"b"`
		M map[string]string `json:"m,omitempty"`
	}
	items := []item{{1, []string{"x", "<y>"}, nil}, {2, nil, map[string]string{"k": "v"}}, {3, []string{}, nil}}
	type wrap struct {
		Name  string `json:"name"`
		Inner struct {
			Items []item `json:"items"`
			After int    `json:"after"`
		} `json:"inner"`
	}
	for n := 0; n <= len(items); n++ {
		want := func(v any) string {
			var b bytes.Buffer
			enc := json.NewEncoder(&b)
			enc.SetIndent("", "  ")
			if err := enc.Encode(v); err != nil {
				t.Fatal(err)
			}
			return b.String()
		}
		var got bytes.Buffer
		if err := streamJSON(&got, []item{}, "", 0, n, func(i int) any { return items[i] }); err != nil {
			t.Fatal(err)
		}
		if w := want(append([]item{}, items[:n]...)); got.String() != w {
			t.Errorf("top-level array, n=%d:\n got %s\nwant %s", n, got.String(), w)
		}
		var frame, full wrap
		frame.Name, full.Name = "f", "f"
		frame.Inner.Items, frame.Inner.After = []item{}, 7
		full.Inner.Items, full.Inner.After = append([]item{}, items[:n]...), 7
		got.Reset()
		if err := streamJSON(&got, frame, "items", 2, n, func(i int) any { return items[i] }); err != nil {
			t.Fatal(err)
		}
		if w := want(full); got.String() != w {
			t.Errorf("nested array, n=%d:\n got %s\nwant %s", n, got.String(), w)
		}
	}
}
