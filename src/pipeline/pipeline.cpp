#include "gazette/pipeline.hpp"

#include "gazette/coreference.hpp"
#include "gazette/entities.hpp"
#include "gazette/quotes.hpp"
#include "gazette/relations.hpp"
#include "gazette/roles.hpp"
#include "gazette/sentences.hpp"
#include "gazette/tokenizer.hpp"

namespace gazette {

namespace {

// This thread's annotation given back by Pipeline::recycle(): the room of its containers
// is reused by the next annotate() on the thread (one spare per thread).
thread_local Annotation spare;

}  // namespace

void Pipeline::recycle(Annotation& a) {
  // The roomier of the two is kept (an empty or failed annotation, a duplicate's copy,
  // does not replace the spare).
  const std::size_t room = a.tokens.capacity();
  if (room > spare.tokens.capacity() && room <= kSpareTokens) spare = std::move(a);
  a = Annotation{};
}

Pipeline::Pipeline(const PipelineOptions& options, Diagnostics& diag)
    : options_(options), lex_(std::make_unique<Lexicons>()) {
  // The built-in data alone: restored precompiled (no parsing). User files: the JSON path.
  const bool user_data = !options.gazetteer_files.empty() || !options.rules_files.empty();
  if (user_data || !lex_->load_prebuilt()) {
    bool ok = lex_->load_builtin(diag);
    for (const auto& f : options.gazetteer_files) ok &= lex_->load_file(f, diag);
    for (const auto& f : options.rules_files) ok &= lex_->load_file(f, diag);
    if (!ok) throw DataError("invalid data files (see the messages above)");
    lex_->finalize();
  }
  recognizer_ = std::make_unique<Recognizer>(*lex_);
}

Annotation Pipeline::annotate(const Document& doc) const {
  Annotation a = std::move(spare);
  spare = Annotation{};
  a.reuse_for(&doc);
  tokenize(a, lex_->abbreviations());
  lex_->intern(a);
  split_sentences(a, *lex_);
  mark_furniture(a, lex_->furniture());
  mark_duplicates(a);
  if (options_.until <= Stage::Sentences) return a;
  recognizer_->recognize(a);
  if (options_.until == Stage::Mentions) return a;
  resolve_entities(a, *lex_);
  if (options_.until == Stage::Entities) return a;
  find_roles(a, *lex_);
  if (options_.until == Stage::Roles) return a;
  {
    // One Resolver per document: the coreference stage's, made a Lookup one for quotes.
    Resolver r(a, *lex_, Resolver::Mode::Stage);
    resolve_coreference(r);
    if (options_.until == Stage::Coreference) return a;
    r.to_lookup();
    extract_quotes(r);
  }
  if (options_.until == Stage::Quotes) return a;
  extract_relations(a, *lex_);
  return a;
}

}  // namespace gazette
