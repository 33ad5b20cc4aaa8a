package config

import (
	"encoding/json"
	"reflect"
	"strings"

	"github.com/stylelint-dev/stylelint/internal/registry"
)

// SchemaURL is where editors find the schema of .stylelint.yaml (`stylelint
// init` writes it into the file's first line for yaml-language-server).
const SchemaURL = "https://raw.githubusercontent.com/stylelint-dev/stylelint/main/internal/config/stylelint.schema.json"

//go:generate go run ./schemagen -out stylelint.schema.json

// Schema returns the JSON Schema of .stylelint.yaml, generated from the
// rule registry and each rule's options struct, so it cannot drift from
// what the loader accepts. (The loader's own checks stay the reference:
// the schema is for editors.)
func Schema() ([]byte, error) {
	obj := func(props map[string]any, required ...string) map[string]any {
		m := map[string]any{"type": "object", "additionalProperties": false, "properties": props}
		if len(required) > 0 {
			m["required"] = required
		}
		return m
	}
	strs := map[string]any{"type": "array", "items": map[string]any{"type": "string"}}
	severity := map[string]any{"enum": []string{"off", "info", "warning", "error"}}
	ruleProps := map[string]any{}
	overrideProps := map[string]any{}
	var ids []string
	for _, s := range registry.All() {
		ids = append(ids, s.ID)
		props := map[string]any{"severity": severity}
		if s.Defaults != nil {
			for k, v := range structProps(reflect.TypeOf(s.Defaults)) {
				props[k] = v
			}
			// Each option's comment and default, from the rule's defaults.
			dv := reflect.ValueOf(s.Defaults)
			for i := 0; i < dv.NumField(); i++ {
				f := dv.Type().Field(i)
				name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
				p, ok := props[name].(map[string]any)
				if !ok {
					continue
				}
				if doc := s.OptionDoc(name); doc != "" {
					p["description"] = doc
				}
				if fv := dv.Field(i); !(fv.Kind() == reflect.Slice && fv.Len() == 0) {
					p["default"] = fv.Interface()
				}
			}
		}
		ruleProps[s.ID] = map[string]any{"description": s.Doc, "oneOf": []any{severity, obj(props)}}
		if s.Corpus {
			// Overrides may change only a run-wide rule's severity.
			overrideProps[s.ID] = map[string]any{"oneOf": []any{severity, obj(map[string]any{"severity": severity})}}
		} else {
			overrideProps[s.ID] = ruleProps[s.ID]
		}
	}
	ruleIDs := strings.Join(ids, ", ")
	schema := map[string]any{
		"$schema":     "https://json-schema.org/draft/2020-12/schema",
		"$id":         SchemaURL,
		"title":       "stylelint configuration (.stylelint.yaml)",
		"description": "Rules: " + ruleIDs + ". See stylelint explain RULE.",
		"type":        "object", "additionalProperties": false,
		"properties": map[string]any{
			"files":      strs,
			"ignore":     strs,
			"vocabulary": strs,
			"names": map[string]any{"type": "array", "items": obj(map[string]any{
				"name": map[string]any{"type": "string", "minLength": 1}, "variants": strs}, "name")},
			"suppress": map[string]any{"type": "array", "items": obj(map[string]any{
				"file": map[string]any{"type": "string"}, "rule": map[string]any{"type": "string"}, "text": map[string]any{"type": "string"}}, "rule")},
			"rules": obj(ruleProps),
			"overrides": map[string]any{"type": "array", "items": obj(map[string]any{
				"files": strs, "rules": obj(overrideProps)}, "files")},
		},
	}
	out, err := json.MarshalIndent(schema, "", "  ")
	return append(out, '\n'), err
}

// structProps is the schema of a struct's yaml-tagged fields.
func structProps(t reflect.Type) map[string]any {
	props := map[string]any{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "" || name == "-" {
			continue
		}
		props[name] = typeSchema(f.Type)
	}
	return props
}

func typeSchema(t reflect.Type) map[string]any {
	switch t.Kind() {
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int, reflect.Int64, reflect.Int32:
		return map[string]any{"type": "integer"}
	case reflect.Float64, reflect.Float32:
		return map[string]any{"type": "number"}
	case reflect.Slice:
		return map[string]any{"type": "array", "items": typeSchema(t.Elem())}
	case reflect.Struct:
		return map[string]any{"type": "object", "additionalProperties": false, "properties": structProps(t)}
	}
	return map[string]any{}
}
