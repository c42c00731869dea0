#include "gazette/hash.hpp"

#include "gazette/text.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <stdexcept>

namespace gazette {

namespace {
// SHA-256 fetched from OpenSSL's default provider once for the process (EVP_sha256()
// looks it up again on every digest, a cost per document of the order of hashing a few
// KB). An EVP_MD is read-only once fetched and may be shared by threads; it is never freed.
// Row 23.459: OpenSSL is initialized without its configuration file (openssl.cnf, read and
// parsed by the first fetch otherwise: about 1.9M instructions of a one-article run): the
// digest names duplicates, it secures nothing, and SHA-256 is the same bytes whatever
// providers or properties a system's file asks (one asking FIPS alone took it away).
const EVP_MD* sha256_md() {
  static const EVP_MD* const md = [] {
    OPENSSL_init_crypto(OPENSSL_INIT_NO_LOAD_CONFIG, nullptr);
    const EVP_MD* m = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (!m) throw std::runtime_error("SHA-256 is not available (OpenSSL EVP_MD_fetch)");
    return m;
  }();
  return md;
}
}  // namespace

struct Sha256::Ctx {
  EVP_MD_CTX* md = nullptr;
  Ctx() : md(EVP_MD_CTX_new()) {
    if (!md || EVP_DigestInit_ex(md, sha256_md(), nullptr) != 1) {
      EVP_MD_CTX_free(md);
      throw std::runtime_error("SHA-256 is not available (OpenSSL EVP_sha256)");
    }
  }
  ~Ctx() { EVP_MD_CTX_free(md); }
};

Sha256::Sha256() : ctx_(std::make_unique<Ctx>()) {}
Sha256::~Sha256() = default;

void Sha256::update(std::string_view bytes) {
  if (!bytes.empty() && EVP_DigestUpdate(ctx_->md, bytes.data(), bytes.size()) != 1)
    throw std::runtime_error("SHA-256 update failed");
}

Digest Sha256::finish() {
  Digest d{};
  unsigned int n = 0;
  if (EVP_DigestFinal_ex(ctx_->md, d.data(), &n) != 1 || n != d.size() ||
      EVP_DigestInit_ex(ctx_->md, sha256_md(), nullptr) != 1)
    throw std::runtime_error("SHA-256 finish failed");
  return d;
}

Digest sha256(std::string_view bytes) {
  Digest d{};
  unsigned int n = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), d.data(), &n, sha256_md(), nullptr) != 1 || n != d.size())
    throw std::runtime_error("SHA-256 failed");
  return d;
}

std::string to_hex(const Digest& d) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string s(d.size() * 2, '0');
  for (std::size_t i = 0; i < d.size(); ++i) {
    s[2 * i] = kHex[d[i] >> 4];
    s[2 * i + 1] = kHex[d[i] & 15];
  }
  return s;
}

Digest normalized_digest(std::string_view text) {
  // A text that is its own fold (row 23.266: most JSONL articles) is hashed as it is,
  // without folding it; the digest is the same, of the same bytes.
  if (is_whitespace_folded(text)) return sha256(text);
  // The folded text is hashed piece by piece as it is folded (no copy of the text), with
  // one digest context per thread kept from document to document.
  thread_local Sha256 h;
  for_each_whitespace_folded(text, [](std::string_view piece) { h.update(piece); });
  return h.finish();
}

}  // namespace gazette
