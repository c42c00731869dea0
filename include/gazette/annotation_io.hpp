// JSONL output of an Annotation, in the schema of score.py (../shared/eval/README.md):
// {"id", "title"?, "date"?, "url"?, "source"? (the document's metadata: date in ISO 8601, source = outlet), "duplicate_of"? (Document::duplicate_of), "entities":[{"name","type","gazetteer_id"?,"mentions":[{"start","end","text","metonymic"?,"rule"}]}],
//  "quotes":[{"start","end","text","kind","speaker","speaker_from"?,"cue","about":[...],"rule"}],
//  "references":[{"start","end","text","resolved_from","entity","type","antecedent"?:{"start","end","text"},"rule"}],
//  "relations":[{"head","type","tail","role","cue","confidence","rule","evidence":{"start","end","text"}}]}
// Offsets are Unicode code points into the document text, end exclusive.
#pragma once

#include "gazette/annotation.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace gazette {

// The stages in pipeline order (pipeline.hpp); `--until STAGE` stops after one.
enum class Stage { Tokens, Sentences, Mentions, Entities, Roles, Coreference, Quotes, Relations };
std::string_view to_string(Stage s);                // "tokens", ... "relations"
std::optional<Stage> parse_stage(std::string_view s);

// Appends one JSON line (with '\n') for `a` to `out`, up to `until`: tokens (tokens),
// sentences (sentences), mentions as "entities" (mentions), entities (entities and
// later; an entity's "mentions" are its names), "roles" (roles, coreference, quotes;
// from relations on they are ROLE_IN relations), "references" (coreference and later:
// the pronouns and descriptions the coreference stage resolved, each with its entity,
// the mention it went through and the rule; from quotes on also the speaker phrases the
// quotes stage read in context), "quotes" (quotes and later; written before
// "references"),
// "relations" (relations).
// Returns the length of the line's head: '{' and the document's fields; what follows
// (the annotation, up to and with the '\n') is the same for every document of the same
// text, and is what write_annotation_copy_jsonl() takes.
std::size_t write_annotation_jsonl(const Annotation& a, std::string& out, Stage until = Stage::Relations);

// Appends the line of `d` whose text is that of an earlier document: d's head (its
// fields, "duplicate_of" among them) followed by `body`, the part of the earlier
// document's line after its head (write_annotation_jsonl()'s return value).
void write_annotation_copy_jsonl(const Document& d, std::string_view body, std::string& out);

}  // namespace gazette
