#include "gazette/vocab.hpp"

namespace gazette {

void Vocab::clear() {
  store_.clear();
  words_.assign(1, std::string_view());
  bits_.assign(1, 0);
  slots_.assign(1024, Slot{});
  mask_ = slots_.size() - 1;
}

std::uint32_t Vocab::add(std::string_view w) {
  if (const auto id = find(w); id != kNone) return id;
  if ((words_.size() + 1) * 2 > slots_.size()) grow();
  store_.emplace_back(w);
  const auto id = static_cast<std::uint32_t>(words_.size());
  words_.push_back(store_.back());
  bits_.push_back(0);
  place(id);
  return id;
}

void Vocab::grow() {
  slots_.assign(slots_.size() * 2, Slot{});
  mask_ = slots_.size() - 1;
  for (std::uint32_t id = 1; id < words_.size(); ++id) place(id);
}

void Vocab::place(std::uint32_t id) {
  const std::string_view w = words_[id];
  const std::uint64_t head = pack8(w), h = hash(w, head);
  std::size_t s = h & mask_;
  while (slots_[s].id != kNone) s = (s + 1) & mask_;
  slots_[s] = Slot{head, id, make_tag(w, h), static_cast<std::uint16_t>(bits_[id])};
}

void Vocab::set_bits(std::uint32_t id, std::uint32_t b) {
  if (id == kNone || id >= words_.size()) return;
  bits_[id] |= b;
  const std::string_view w = words_[id];
  const std::uint64_t h = hash(w, pack8(w));
  for (std::size_t s = h & mask_;; s = (s + 1) & mask_)
    if (slots_[s].id == id) {
      slots_[s].bits = static_cast<std::uint16_t>(bits_[id]);
      return;
    }
}

}  // namespace gazette
