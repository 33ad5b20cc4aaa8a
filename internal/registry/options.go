package registry

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// OptionsYAML renders a rule's options with their defaults as commented
// YAML (what `stylelint init` writes under the rule): for each field of
// Defaults, its doc tag as comment lines and its yaml key with the default
// value. Empty for a rule without options.
func (s Spec) OptionsYAML() string {
	if s.Defaults == nil {
		return ""
	}
	v := reflect.ValueOf(s.Defaults)
	t := v.Type()
	var b strings.Builder
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		key, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if key == "" || key == "-" {
			continue
		}
		for _, line := range strings.Split(f.Tag.Get("doc"), "\n") {
			if line != "" {
				b.WriteString("# " + line + "\n")
			}
		}
		fmt.Fprintf(&b, "%s: %s\n", key, yamlValue(v.Field(i)))
	}
	return b.String()
}

// yamlValue writes a default in YAML's flow style.
func yamlValue(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Slice:
		parts := make([]string, v.Len())
		for i := range parts {
			parts[i] = yamlValue(v.Index(i))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case reflect.String:
		if s := v.String(); s != "" && !strings.ContainsAny(s, ":#{}[],&*!|>'\"%@`") && strings.TrimSpace(s) == s {
			return s
		}
		return strconv.Quote(v.String())
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'g', -1, 64)
	}
	return fmt.Sprint(v.Interface())
}

// OptionDoc returns the doc tag of the option with yaml key key (for the schema).
func (s Spec) OptionDoc(key string) string {
	if s.Defaults == nil {
		return ""
	}
	t := reflect.TypeOf(s.Defaults)
	for i := 0; i < t.NumField(); i++ {
		if k, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ","); k == key {
			return strings.ReplaceAll(t.Field(i).Tag.Get("doc"), "\n", " ")
		}
	}
	return ""
}
