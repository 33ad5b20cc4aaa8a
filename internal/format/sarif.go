package format

import (
	"io"

	"github.com/stylelint-dev/stylelint/internal/lint"
)

// SARIF 2.1.0, the subset GitHub code scanning reads.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string    `json:"id"`
	Name                 string    `json:"name"`
	ShortDescription     sarifText `json:"shortDescription"`
	FullDescription      sarifText `json:"fullDescription"`
	Help                 sarifText `json:"help"`
	HelpURI              string    `json:"helpUri,omitempty"`
	DefaultConfiguration struct {
		Level string `json:"level"`
	} `json:"defaultConfiguration"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifLocation struct {
	PhysicalLocation struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           sarifRegion   `json:"region"`
	} `json:"physicalLocation"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion `json:"deletedRegion"`
	InsertedContent sarifText   `json:"insertedContent"`
}

type sarifChange struct {
	ArtifactLocation sarifArtifact      `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifRelated struct {
	ID int `json:"id"`
	sarifLocation
	Message sarifText `json:"message"`
}

type sarifFix struct {
	Description     sarifText     `json:"description"`
	ArtifactChanges []sarifChange `json:"artifactChanges"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifRelated    `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Fixes               []sarifFix        `json:"fixes,omitempty"`
}

var sarifLevel = map[lint.Severity]string{lint.Error: "error", lint.Warning: "warning", lint.Info: "note", lint.Off: "none"}

func region(s lint.Span) sarifRegion {
	return sarifRegion{s.Pos.Line, s.Pos.Column, s.EndPos.Line, s.EndPos.Column}
}

// SARIF writes a SARIF 2.1.0 log with rule metadata, fixes and
// fingerprints. Columns are Unicode code points (columnKind says so).
func SARIF(w io.Writer, findings []lint.Finding, opts Options) error {
	driver := sarifDriver{Name: "stylelint", Version: opts.Version,
		InformationURI: "https://github.com/stylelint-dev/stylelint", Rules: []sarifRule{}}
	index := map[string]int{}
	for _, m := range opts.Rules {
		help := m.Help
		if help == "" {
			help = m.Doc
		}
		r := sarifRule{ID: m.ID, Name: m.ID, ShortDescription: sarifText{m.Doc}, FullDescription: sarifText{m.Doc}, Help: sarifText{help},
			HelpURI: "https://github.com/stylelint-dev/stylelint#rules-and-options"}
		r.DefaultConfiguration.Level = sarifLevel[m.Severity]
		index[m.ID] = len(driver.Rules)
		driver.Rules = append(driver.Rules, r)
	}
	fps := fingerprints(findings)
	// Rules first (a finding may name a rule the options did not list),
	// then the results, streamed one at a time into the log's frame: a
	// run with a million findings never holds its output in memory.
	for _, f := range findings {
		if _, ok := index[f.Rule]; !ok {
			index[f.Rule] = len(driver.Rules)
			driver.Rules = append(driver.Rules, sarifRule{ID: f.Rule, Name: f.Rule})
		}
	}
	run := sarifRun{Tool: sarifTool{driver}, ColumnKind: "unicodeCodePoints", Results: []sarifResult{}}
	frame := sarifLog{Schema: "https://json.schemastore.org/sarif-2.1.0.json", Version: "2.1.0", Runs: []sarifRun{run}}
	return streamCompactJSON(w, frame, "results", len(findings), func(i int) any {
		f := &findings[i]
		var loc sarifLocation
		loc.PhysicalLocation.ArtifactLocation.URI = uri(f.Path)
		loc.PhysicalLocation.Region = region(f.Span)
		res := sarifResult{
			RuleID: f.Rule, RuleIndex: index[f.Rule], Level: sarifLevel[f.Severity], Message: sarifText{f.Message},
			Locations:           []sarifLocation{loc},
			PartialFingerprints: map[string]string{"stylelint/v1": fps[i]},
		}
		for k, r := range f.Diagnostic.Related {
			if k < len(f.RelatedSpans) {
				var rl sarifRelated
				rl.ID = k + 1
				rl.PhysicalLocation.ArtifactLocation.URI = uri(f.Path)
				rl.PhysicalLocation.Region = region(f.RelatedSpans[k])
				rl.Message = sarifText{r.Message}
				res.RelatedLocations = append(res.RelatedLocations, rl)
			}
		}
		for k, fx := range f.Fixes {
			if !fx.Safe {
				// SARIF has no safe tier: code scanning offers a fix as
				// one to apply. Unsafe fixes stay in the JSON and rdjson
				// formats, marked.
				continue
			}
			ch := sarifChange{ArtifactLocation: sarifArtifact{uri(f.Path)}}
			for j, e := range fx.Edits {
				ch.Replacements = append(ch.Replacements, sarifReplacement{region(f.EditSpans[k][j]), sarifText{e.New}})
			}
			res.Fixes = append(res.Fixes, sarifFix{Description: sarifText{fx.Message}, ArtifactChanges: []sarifChange{ch}})
		}
		return res
	})
}

// uri makes a relative URI reference from a path (forward slashes,
// spaces and other unsafe bytes percent-encoded).
func uri(p string) string {
	const hex = "0123456789ABCDEF"
	var b []byte
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '\\':
			b = append(b, '/')
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '/', c == '.', c == '-', c == '_', c == '~':
			b = append(b, c)
		default:
			b = append(b, '%', hex[c>>4], hex[c&15])
		}
	}
	return string(b)
}
