package lint

import (
	"fmt"
	"sort"
)

// A run spread over processes (the Beam pipeline, beam/) gathers the
// run-wide rules' facts on many workers and finishes each rule on one:
// its facts cross a process boundary as bytes. A run-wide rule that can
// take part implements FactCodec.

// FactCodec encodes and decodes a CorpusRule's facts. Decoding an encoded
// fact must give one that Finish treats exactly as the original.
type FactCodec interface {
	EncodeFact(fact any) ([]byte, error)
	DecodeFact(data []byte) (any, error)
}

// EncodedFact is a fact as bytes, with the number of its document in the
// run (facts are finished in that order).
type EncodedFact struct {
	File int
	Data []byte
}

// CollectEncoded is pass one for one document: each run-wide rule's
// fact about it, encoded, by rule ID (none for a rule with nothing to
// say). A document that cannot be read has no facts (pass two reports
// it).
func (s *Setup) CollectEncoded(in Input) (map[string][]byte, error) {
	src, err := read(in, s.MaxFileSize)
	if err != nil {
		return nil, nil
	}
	out := map[string][]byte{}
	for _, c := range s.collectOnly(s.document(in.Path, src)) {
		id := c.rule.Meta().ID
		codec, ok := c.rule.(FactCodec)
		if !ok {
			return nil, fmt.Errorf("%s: its run-wide facts cannot be encoded", id)
		}
		b, err := codec.EncodeFact(c.fact)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", id, err)
		}
		out[id] = b
	}
	return out, nil
}

// FinishEncoded runs the finish phase of the rule ruleID over encoded
// facts and returns its diagnostics by document number, as Facts.Finish
// does; pathOf names a document (for the severity its path is configured
// with).
func (s *Setup) FinishEncoded(ruleID string, facts []EncodedFact, pathOf func(file int) string) (map[int][]Diagnostic, error) {
	late := map[int][]Diagnostic{}
	if len(facts) == 0 {
		return late, nil
	}
	var rule Rule
	for _, a := range s.RulesFor(pathOf(facts[0].File)) {
		if a.Rule.Meta().ID == ruleID {
			rule = a.Rule
		}
	}
	codec, ok := rule.(FactCodec)
	if _, corpus := rule.(CorpusRule); !ok || !corpus {
		return nil, fmt.Errorf("%s: no run-wide rule with encoded facts", ruleID)
	}
	fs := make([]Fact, len(facts))
	for i, f := range facts {
		v, err := codec.DecodeFact(f.Data)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %v", ruleID, pathOf(f.File), err)
		}
		fs[i] = Fact{File: f.File, Value: v}
	}
	sort.Slice(fs, func(a, b int) bool { return fs[a].File < fs[b].File })
	s.finish(rule, fs, pathOf, func(file int, d Diagnostic) { late[file] = append(late[file], d) })
	return late, nil
}
