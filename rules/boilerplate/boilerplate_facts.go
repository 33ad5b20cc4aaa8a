package boilerplate

import (
	"encoding/json"
	"fmt"
)

// A run's facts may cross a process boundary (lint.FactCodec: the Beam
// pipeline collects them on workers and finishes on one): a file's
// short lines are written as JSON, field for field.

type wireLine struct {
	Key       uint64 `json:"k"`
	Start     int32  `json:"s"`
	End       int32  `json:"e"`
	DelStart  int32  `json:"ds"`
	DelEnd    int32  `json:"de"`
	Plausible bool   `json:"p,omitempty"`
	Reported  bool   `json:"r,omitempty"`
}

// EncodeFact implements lint.FactCodec.
func (b *boilerplate) EncodeFact(fact any) ([]byte, error) {
	lines, ok := fact.([]bpLine)
	if !ok {
		return nil, fmt.Errorf("not a boilerplate fact: %T", fact)
	}
	w := make([]wireLine, len(lines))
	for i, l := range lines {
		w[i] = wireLine{Key: l.key, Start: l.start, End: l.end, DelStart: l.delStart, DelEnd: l.delEnd, Plausible: l.plausible, Reported: l.reported}
	}
	return json.Marshal(w)
}

// DecodeFact implements lint.FactCodec.
func (b *boilerplate) DecodeFact(data []byte) (any, error) {
	var w []wireLine
	if err := json.Unmarshal(data, &w); err != nil {
		return nil, err
	}
	lines := make([]bpLine, len(w))
	for i, l := range w {
		lines[i] = bpLine{key: l.Key, start: l.Start, end: l.End, delStart: l.DelStart, delEnd: l.DelEnd, plausible: l.Plausible, reported: l.Reported}
	}
	return lines, nil
}
