package namecons

import (
	"encoding/json"
	"fmt"
)

// A run's facts may cross a process boundary (lint.FactCodec: the Beam
// pipeline collects them on workers and finishes on one): they are
// written as JSON in the shapes below, field for field.

type wireNeighbours struct {
	Hash  []uint32 `json:"h,omitempty"`
	Title bool     `json:"t,omitempty"`
	Seen  int      `json:"s,omitempty"`
}

type wireName struct {
	Word   string         `json:"w"`
	Count  int            `json:"c"`
	Mid    int            `json:"m,omitempty"`
	Next   wireNeighbours `json:"n"`
	Before wireNeighbours `json:"b"`
}

type wireUse struct {
	Count   int            `json:"c"`
	Mid     int            `json:"m,omitempty"`
	Offsets []int32        `json:"o"`
	Next    wireNeighbours `json:"n"`
	Before  wireNeighbours `json:"b"`
	Listed  uint8          `json:"l,omitempty"`
}

type wireFact struct {
	Path       string             `json:"p"`
	Names      []wireName         `json:"names"`
	Candidates map[string]wireUse `json:"cands,omitempty"`
}

func toWire(nb neighbours) wireNeighbours {
	return wireNeighbours{Hash: append([]uint32(nil), nb.hash[:nb.n]...), Title: nb.title, Seen: nb.seen}
}

// fromWirePair decodes a spelling's next and before neighbours.
func fromWirePair(next, before wireNeighbours) (neighbours, neighbours, error) {
	n, err := fromWire(next)
	if err != nil {
		return n, n, err
	}
	b, err := fromWire(before)
	return n, b, err
}

func fromWire(w wireNeighbours) (neighbours, error) {
	var nb neighbours
	if len(w.Hash) > len(nb.hash) {
		return nb, fmt.Errorf("%d neighbours, at most %d", len(w.Hash), len(nb.hash))
	}
	nb.n = uint8(copy(nb.hash[:], w.Hash))
	nb.title, nb.seen = w.Title, w.Seen
	return nb, nil
}

// EncodeFact implements lint.FactCodec.
func (r *nameConsistency) EncodeFact(fact any) ([]byte, error) {
	rf, ok := fact.(*runFact)
	if !ok {
		return nil, fmt.Errorf("not a name-consistency fact: %T", fact)
	}
	w := wireFact{Path: rf.path, Names: make([]wireName, len(rf.names))}
	for i, n := range rf.names {
		w.Names[i] = wireName{Word: n.word, Count: n.count, Mid: n.mid, Next: toWire(n.next), Before: toWire(n.before)}
	}
	if len(rf.candidates) > 0 {
		w.Candidates = map[string]wireUse{}
		for word, u := range rf.candidates {
			w.Candidates[word] = wireUse{Count: u.count, Mid: u.mid, Offsets: u.offsets, Next: toWire(u.next), Before: toWire(u.before), Listed: u.listed}
		}
	}
	return json.Marshal(w)
}

// DecodeFact implements lint.FactCodec.
func (r *nameConsistency) DecodeFact(data []byte) (any, error) {
	var w wireFact
	if err := json.Unmarshal(data, &w); err != nil {
		return nil, err
	}
	rf := &runFact{path: w.Path, names: make([]runName, len(w.Names))}
	for i, n := range w.Names {
		next, before, err := fromWirePair(n.Next, n.Before)
		if err != nil {
			return nil, err
		}
		rf.names[i] = runName{word: n.Word, count: n.Count, mid: n.Mid, next: next, before: before}
	}
	if len(w.Candidates) > 0 {
		rf.candidates = map[string]*nameUse{}
		for word, u := range w.Candidates {
			next, before, err := fromWirePair(u.Next, u.Before)
			if err != nil {
				return nil, err
			}
			rf.candidates[word] = &nameUse{count: u.Count, mid: u.Mid, offsets: u.Offsets, next: next, before: before, listed: u.Listed}
		}
	}
	return rf, nil
}
