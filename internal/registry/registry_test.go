package registry

import (
	"testing"

	"github.com/stylelint-dev/stylelint/internal/lint"
)

func TestRegister(t *testing.T) {
	before := len(All())
	Register(Spec{Meta: lint.Meta{ID: "zz-b"}})
	Register(Spec{Meta: lint.Meta{ID: "zz-a"}})
	all := All()
	if len(all) != before+2 || all[len(all)-2].ID != "zz-a" || all[len(all)-1].ID != "zz-b" {
		t.Errorf("not sorted by ID: %+v", all)
	}
	if s, ok := Lookup("zz-a"); !ok || s.ID != "zz-a" {
		t.Error("Lookup")
	}
	if _, ok := Lookup("nope"); ok {
		t.Error("Lookup of an unknown ID")
	}
	defer func() {
		if recover() == nil {
			t.Error("a second registration of an ID must panic")
		}
	}()
	Register(Spec{Meta: lint.Meta{ID: "zz-a"}})
}

func TestOptionsYAML(t *testing.T) {
	type opts struct {
		Count  int      `yaml:"count" doc:"How many.\nAt least 1."`
		Words  []string `yaml:"words" doc:"Extra words."`
		Mode   string   `yaml:"mode"`
		Quoted string   `yaml:"quoted,omitempty"`
		Rate   float64  `yaml:"rate"`
		Hidden int      `yaml:"-"`
		Plain  bool
	}
	s := Spec{Defaults: opts{Count: 3, Words: []string{"a", "b c"}, Mode: "fast", Quoted: "x: y", Rate: 0.5}}
	want := "# How many.\n# At least 1.\ncount: 3\n# Extra words.\nwords: [a, b c]\nmode: fast\nquoted: \"x: y\"\nrate: 0.5\n"
	if got := s.OptionsYAML(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if s.OptionDoc("count") != "How many. At least 1." || s.OptionDoc("mode") != "" || s.OptionDoc("nope") != "" {
		t.Error("OptionDoc")
	}
	if (Spec{}).OptionsYAML() != "" {
		t.Error("a rule without options renders nothing")
	}
}
