// Pipeline: wires the stages for one document. Immutable after construction and
// shared by all worker threads (annotate() is const; its only state is each thread's
// spare annotation, recycle(), whose room it reuses: never its content).
//
//   document -> tokenize -> split_sentences/mark_furniture/mark_duplicates
//            -> Recognizer -> resolve_entities -> find_roles -> resolve_coreference
//            -> extract_quotes -> extract_relations
#pragma once

#include "gazette/annotation.hpp"
#include "gazette/annotation_io.hpp"
#include "gazette/diagnostic.hpp"
#include "gazette/lexicon.hpp"
#include "gazette/recognizer.hpp"

#include <memory>
#include <string>
#include <vector>

namespace gazette {

struct PipelineOptions {
  std::vector<std::string> gazetteer_files;  // --gazetteer
  std::vector<std::string> rules_files;      // --rules
  Stage until = Stage::Relations;
};

class Pipeline {
 public:
  // Loads the built-in data and the user files. Throws DataError (with all
  // diagnostics already in `diag`) when any data file is invalid.
  Pipeline(const PipelineOptions& options, Diagnostics& diag);
  // The annotation of `doc`, made in the room of the annotation this thread last gave
  // back by recycle(), if any (Annotation::reuse_for(): the same content as a new one).
  Annotation annotate(const Document& doc) const;
  // Takes `a` (left empty, as Annotation{}) as this thread's spare for its next annotate()
  // when it has more room for tokens than the spare (an empty one, a failed or duplicate
  // document's, does not replace it) and no more than kSpareTokens (a very long
  // document's room is freed). The runner gives each annotation back once written.
  static void recycle(Annotation& a);
  static constexpr std::size_t kSpareTokens = std::size_t{1} << 15;
  const Lexicons& lexicons() const { return *lex_; }
  const PipelineOptions& options() const { return options_; }

 private:
  PipelineOptions options_;
  std::unique_ptr<Lexicons> lex_;
  std::unique_ptr<Recognizer> recognizer_;
};

struct DataError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace gazette
