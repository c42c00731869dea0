// JSONL output of an Annotation, in the schema of score.py (../shared/eval/README.md):
// {"id", "title"?, "date"?, "url"?, "source"? (the document's metadata: date in ISO 8601, source = outlet), "entities":[{"name","type","gazetteer_id"?,"mentions":[{"start","end","text","resolved_from"?}]}],
//  "quotes":[{"start","end","text","kind","speaker","speaker_mention"?,"cue","about":[...]}],
//  "relations":[{"head","type","tail","role","cue","confidence","rule","evidence":{"start","end","text"}}]}
// Offsets are Unicode code points into the document text, end exclusive.
#pragma once

#include "gazette/annotation.hpp"

#include <string>

namespace gazette {

enum class Stage { Tokens, Sentences, Mentions, Entities, Quotes, Relations };

// Appends one JSON line (with '\n') for `a` to `out`, up to `until`.
void write_annotation_jsonl(const Annotation& a, std::string& out, Stage until = Stage::Relations);

}  // namespace gazette
