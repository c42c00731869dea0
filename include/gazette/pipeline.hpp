// Pipeline: wires the stages for one document. Immutable after construction and
// shared by all worker threads (annotate() is const and keeps no state).
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
  Annotation annotate(const Document& doc) const;
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
