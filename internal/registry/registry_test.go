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
