package config

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

func compiledSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	data, err := Schema()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(SchemaURL, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(SchemaURL)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// asJSON turns a YAML config into the JSON value the schema validates.
func asJSON(t *testing.T, src string) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal([]byte(src), &v); err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	out, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// The committed schema is what the registry generates, the default config
// and the README's example validate, and each kind of mistake the loader
// refuses is refused by the schema too.
func TestSchema(t *testing.T) {
	want, err := Schema()
	if err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile("stylelint.schema.json"); err != nil || !bytes.Equal(got, want) {
		t.Fatal("stylelint.schema.json is stale: run go generate ./internal/config")
	}
	s := compiledSchema(t)
	if !strings.HasPrefix(Template(), "# yaml-language-server: $schema="+SchemaURL+"\n") {
		t.Error("the default config does not name its schema")
	}
	good := []string{
		Template(),
		"rules:\n  missing-space: error\n  boilerplate:\n    severity: error\n    disable: [credit]\n    patterns:\n      - {id: promo, phrase: listen to our podcast}\n    min-files: 5\n    model: corpus\noverrides:\n  - files: [\"archive/**\"]\n    rules: {boilerplate: off}\nsuppress:\n  - {rule: missing-space, text: iPhone15}\n",
	}
	for _, src := range good {
		if err := s.Validate(asJSON(t, src)); err != nil {
			t.Errorf("valid config refused: %v\n%s", err, src)
		}
		if _, err := Parse("t.yaml", "/x", []byte(src)); err != nil {
			t.Errorf("the loader refuses what the schema takes: %v", err)
		}
	}
	bad := []string{
		"sevrity: error\n",                                 // unknown key
		"rules:\n  missng-space: error\n",                  // unknown rule
		"rules:\n  missing-space: loud\n",                  // unknown severity
		"rules:\n  missing-space:\n    max-rank: twelve\n", // wrong type
		"rules:\n  boilerplate:\n    nope: 1\n",            // unknown option
		"overrides:\n  - files: [x]\n    rules:\n      boilerplate:\n        min-files: 2\n", // options of a run-wide rule in an override
		"suppress:\n  - {text: x}\n",  // no rule
		"names:\n  - variants: [a]\n", // no name
	}
	for _, src := range bad {
		if err := s.Validate(asJSON(t, src)); err == nil {
			t.Errorf("schema takes a mistake:\n%s", src)
		}
		if _, err := Parse("t.yaml", "/x", []byte(src)); err == nil {
			t.Errorf("the loader takes a mistake the schema refuses:\n%s", src)
		}
	}
}
