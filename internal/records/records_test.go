package records

import (
	"strings"
	"testing"
)

func TestLocate(t *testing.T) {
	raw := []byte(`{"id": 7, "meta": {"a": [1, {"text": "no"}], "text" :  "nested"}, "text":"top\u00e9"}`)
	for _, c := range []struct {
		path, want string
	}{
		{"text", `"top\u00e9"`},
		{"meta.text", `"nested"`},
		{"id", `7`},
		{"meta.a", `[1, {"text": "no"}]`},
	} {
		s, e, err := Locate(raw, FieldPath(c.path))
		if err != nil || string(raw[s:e]) != c.want {
			t.Errorf("%s: %q, %v; want %q", c.path, raw[s:e], err, c.want)
		}
	}
	for _, path := range []string{"nope", "meta.nope", "id.x"} {
		if _, _, err := Locate(raw, FieldPath(path)); err == nil {
			t.Errorf("%s: want an error", path)
		}
	}
	if _, _, err := Locate([]byte(`[1, 2]`), []string{"text"}); err == nil {
		t.Error("an array is no record")
	}
}

func TestJudgeAndWithText(t *testing.T) {
	seen := map[string]string{}
	rec := &Record{File: "f", Line: 1, Raw: []byte(`{"text": "caf\u00e9 forGypsy",  "id": "x", "z": 1}`)}
	Judge(rec, []string{"id"}, []string{"text"}, 0, seen)
	if rec.Bad != "" || string(rec.Text) != "café forGypsy" || string(rec.ID) != `"x"` || rec.Path() != "f#x" {
		t.Fatalf("%+v", rec)
	}
	out, err := rec.WithText([]byte("café for Gypsy <b> & \"q\""))
	if err != nil || string(out) != `{"text": "café for Gypsy <b> & \"q\"",  "id": "x", "z": 1}` {
		t.Errorf("withText: %s, %v", out, err)
	}
	if cp := CPOffset(rec.Text, strings.Index(string(rec.Text), "for")); cp != 5 {
		t.Errorf("code-point offset %d, want 5", cp)
	}
	for raw, want := range map[string]string{
		``:                              "empty line",
		`{"text": "a"`:                  "invalid JSON",
		`{"text": null}`:                "not a string",
		`{"id": "x", "text": "again"}`:  "duplicate id",
		`{"text": "a long text"}`:       "over --max-file-size",
		`{"id": {"a": 1}, "text": "b"}`: "",
	} {
		r := &Record{File: "f", Line: 2, Raw: []byte(raw)}
		Judge(r, []string{"id"}, []string{"text"}, 8, seen)
		if !strings.Contains(r.Bad, want) || want == "" && r.Bad != "" {
			t.Errorf("%s: bad %q, want %q", raw, r.Bad, want)
		}
	}
	noID := &Record{File: "f", Line: 3, Raw: []byte(`{"text": "x"}`)}
	Judge(noID, []string{"id"}, []string{"text"}, 0, seen)
	if noID.Bad != "" || noID.Path() != "f:3" {
		t.Errorf("a record without an id is named by its line: %+v", noID)
	}
}
