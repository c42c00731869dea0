// Name keys: what the graph and the database need to merge entities by name
// (entity_key(), graph.hpp) without including a pipeline stage's header.
#pragma once

#include <string>
#include <string_view>

namespace gazette {

// Key under which two person names are the same name: folded, transliteration
// endings unified (Sergey -> sergei), particles dropped (al-Assad -> assad).
// Defined in src/data/lexicon.cpp; lexicon.hpp has the same key from tokens.
std::string person_key(std::string_view name);

}  // namespace gazette
