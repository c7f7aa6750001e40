// Copyright 2026 The Dateline Authors.
//
// The two lexicon formats are each read by one function (ParseTriggers,
// ParseActors) that yields the rules or entries and the Hyperscan patterns
// built from them. Everything else takes that output: Compile hands the
// patterns to hs_compile_multi, Deserialize checks them against the
// fingerprint in the serialized bytes, and dateline_lexgen goes through
// Compile and Serialize, so the build-time and run-time databases cannot
// disagree about which pattern id is which rule. Tested by lexicon_test.cc.

#include "events/lexicon.h"

#include <hs/hs.h>
#include <sys/mman.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <unordered_set>

#include "util/embedded_data.h"
#include "util/strings.h"

namespace dateline {

namespace {

// The input of hs_compile_multi; pattern i has id i.
struct PatternSet {
  std::vector<std::string> expressions;
  std::vector<unsigned> flags;
};

// Serialized lexicon databases: kMagic, a 4-byte format version, the 8-byte
// Fingerprint of the patterns (both little-endian), then the bytes of
// hs_serialize_database (none when there are no patterns).
constexpr std::string_view kMagic = "DLHS";
constexpr uint32_t kFormatVersion = 1;
constexpr size_t kHeaderBytes = 16;

// FNV-1a over every expression, its flags and the count: a database made
// from other patterns (a stale build, another lexicon) would give hits with
// the wrong rule ids, so Deserialize refuses it.
uint64_t Fingerprint(const PatternSet& p) {
  uint64_t h = 14695981039346656037ull;
  auto mix = [&h](std::string_view bytes) {
    for (unsigned char c : bytes) {
      h ^= c;
      h *= 1099511628211ull;
    }
  };
  auto mix_u32 = [&mix](uint32_t v) {
    char b[4];
    for (int i = 0; i < 4; ++i) b[i] = static_cast<char>(v >> (8 * i));
    mix(std::string_view(b, 4));
  };
  mix_u32(static_cast<uint32_t>(p.expressions.size()));
  for (size_t i = 0; i < p.expressions.size(); ++i) {
    mix(p.expressions[i]);
    mix(std::string_view("\0", 1));
    mix_u32(p.flags[i]);
  }
  return h;
}

void PutLE(uint64_t v, int bytes, std::string* out) {
  for (int i = 0; i < bytes; ++i) out->push_back(static_cast<char>(v >> (8 * i)));
}

uint64_t GetLE(std::string_view s, int bytes) {
  uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) v |= uint64_t{static_cast<unsigned char>(s[i])} << (8 * i);
  return v;
}

// Hyperscan's description of a serialized database ("Version: 5.4.0
// Features: AVX2 Mode: BLOCK"), for error messages.
std::string DatabaseInfo(std::string_view db) {
  char* info = nullptr;
  if (hs_serialized_database_info(db.data(), db.size(), &info) != HS_SUCCESS || !info) {
    return "unreadable";
  }
  std::string out = info;
  std::free(info);
  return out;
}

// Hyperscan's databases are a few hundred KB each, written once when
// loaded: memory for them is mapped with its pages already present, one
// system call instead of a page fault per 4 KB (the better part of the
// start-up of a short run). Installed before the first database exists,
// so every database is freed by the function that allocated it.
constexpr size_t kMappedHeader = 64;  // keeps Hyperscan's 64-byte alignment

void* MapPopulated(size_t size) {
  size_t total = size + kMappedHeader;
  void* p = mmap(nullptr, total, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE,
                 -1, 0);
  if (p == MAP_FAILED) return nullptr;
  *static_cast<size_t*>(p) = total;
  return static_cast<char*>(p) + kMappedHeader;
}

void Unmap(void* p) {
  if (p == nullptr) return;
  char* base = static_cast<char*>(p) - kMappedHeader;
  munmap(base, *reinterpret_cast<size_t*>(base));
}

void UsePopulatedDatabases() {
  static const bool installed = hs_set_database_allocator(MapPopulated, Unmap) == HS_SUCCESS;
  (void)installed;
}

// The scratch spaces of one thread, one per matcher it has scanned with,
// freed when the thread ends. Matchers are keyed by a serial number rather
// than their address, which a later matcher may reuse: a scratch made for
// another database makes hs_scan fail. Lexicons are few and long-lived, so
// the scratches of destroyed ones are simply kept until the thread ends.
class ThreadScratches {
 public:
  ~ThreadScratches() {
    for (const Entry& e : entries_) hs_free_scratch(e.scratch);
  }

  hs_scratch_t* Get(uint64_t serial, const hs_scratch_t* proto) {
    for (const Entry& e : entries_) {
      if (e.serial == serial) return e.scratch;
    }
    hs_scratch_t* s = nullptr;
    if (hs_clone_scratch(proto, &s) != HS_SUCCESS) return nullptr;
    entries_.push_back({serial, s});
    return s;
  }

 private:
  struct Entry {
    uint64_t serial;
    hs_scratch_t* scratch;
  };
  std::vector<Entry> entries_;
};

// One Hyperscan database with a per-thread scratch.
class HsMatcher {
 public:
  HsMatcher() : serial_(NextSerial()) { UsePopulatedDatabases(); }
  ~HsMatcher() {
    if (db_) hs_free_database(db_);
    if (proto_) hs_free_scratch(proto_);
  }
  HsMatcher(const HsMatcher&) = delete;
  HsMatcher& operator=(const HsMatcher&) = delete;

  Status Compile(const PatternSet& patterns) {
    fingerprint_ = Fingerprint(patterns);
    if (patterns.expressions.empty()) return Status::OK();
    std::vector<const char*> exprs;
    std::vector<unsigned> ids;
    for (size_t i = 0; i < patterns.expressions.size(); ++i) {
      exprs.push_back(patterns.expressions[i].c_str());
      ids.push_back(static_cast<unsigned>(i));
    }
    hs_compile_error_t* err = nullptr;
    if (hs_compile_multi(exprs.data(), patterns.flags.data(), ids.data(),
                         static_cast<unsigned>(exprs.size()), HS_MODE_BLOCK, nullptr, &db_,
                         &err) != HS_SUCCESS) {
      std::string msg = "pattern ";
      msg += std::to_string(err->expression >= 0 ? err->expression : -1);
      msg += ": ";
      msg += err->message;
      hs_free_compile_error(err);
      db_ = nullptr;
      return Status::Corrupt(msg);
    }
    return AllocScratch();
  }

  Status Deserialize(const PatternSet& patterns, std::string_view bytes) {
    if (bytes.size() < kHeaderBytes || bytes.substr(0, 4) != kMagic) {
      return Status::Corrupt("serialized database: bad header");
    }
    if (GetLE(bytes.substr(4), 4) != kFormatVersion) {
      return Status::Unsupported("serialized database: format version " +
                                 std::to_string(GetLE(bytes.substr(4), 4)));
    }
    fingerprint_ = Fingerprint(patterns);
    if (GetLE(bytes.substr(8), 8) != fingerprint_) {
      return Status::Corrupt("serialized database: made from other patterns");
    }
    std::string_view db = bytes.substr(kHeaderBytes);
    if (patterns.expressions.empty()) {
      if (!db.empty()) return Status::Corrupt("serialized database: patterns expected none");
      return Status::OK();
    }
    if (hs_valid_platform() != HS_SUCCESS) {
      return Status::Unsupported("serialized database: Hyperscan cannot run on this CPU");
    }
    hs_error_t e = hs_deserialize_database(db.data(), db.size(), &db_);
    if (e != HS_SUCCESS) {
      db_ = nullptr;
      switch (e) {
        case HS_DB_PLATFORM_ERROR:
          return Status::Unsupported("serialized database: built for another CPU (" +
                                     DatabaseInfo(db) + ")");
        case HS_DB_VERSION_ERROR:
          return Status::Unsupported("serialized database: built by another Hyperscan (" +
                                     DatabaseInfo(db) + "; this is " + hs_version() + ")");
        case HS_DB_MODE_ERROR:
          return Status::Corrupt("serialized database: not a block-mode database");
        default:
          return Status::Corrupt("serialized database: hs_deserialize_database error " +
                                 std::to_string(e));
      }
    }
    return AllocScratch();
  }

  Result<std::string> Serialize() const {
    std::string out(kMagic);
    PutLE(kFormatVersion, 4, &out);
    PutLE(fingerprint_, 8, &out);
    if (db_ == nullptr) return out;
    char* bytes = nullptr;
    size_t length = 0;
    if (hs_serialize_database(db_, &bytes, &length) != HS_SUCCESS) {
      return Status::IOError("hs_serialize_database failed");
    }
    out.append(bytes, length);
    std::free(bytes);
    return out;
  }

  struct Match {
    size_t from, to;
    unsigned id;
  };

  std::vector<Match> Scan(std::string_view text) const {
    std::vector<Match> out;
    if (db_ == nullptr) return out;
    thread_local ThreadScratches scratches;
    hs_scratch_t* scratch = scratches.Get(serial_, proto_);
    if (scratch == nullptr) return out;
    auto on_match = [](unsigned id, unsigned long long from, unsigned long long to, unsigned,
                       void* ctx) -> int {
      static_cast<std::vector<Match>*>(ctx)->push_back(
          {static_cast<size_t>(from), static_cast<size_t>(to), id});
      return 0;
    };
    hs_scan(db_, text.data(), static_cast<unsigned>(text.size()), 0, scratch, on_match, &out);
    return out;
  }

 private:
  static uint64_t NextSerial() {
    static std::atomic<uint64_t> next{1};
    return next.fetch_add(1, std::memory_order_relaxed);
  }

  Status AllocScratch() {
    if (hs_alloc_scratch(db_, &proto_) != HS_SUCCESS) return Status::IOError("hs scratch");
    return Status::OK();
  }

  const uint64_t serial_;
  uint64_t fingerprint_ = 0;
  hs_database_t* db_ = nullptr;
  hs_scratch_t* proto_ = nullptr;
};

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

// Escapes a literal for use inside a Hyperscan pattern.
std::string EscapeRegex(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::string_view("\\^$.|?*+()[]{}/-").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

bool IsWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}

// data/triggers.tsv: priority, type, subtype, pattern. Rule i is pattern i.
Status ParseTriggers(std::string_view tsv, std::vector<TriggerRule>* rules, PatternSet* patterns) {
  size_t line_no = 0;
  for (std::string_view line : SplitLines(tsv)) {
    ++line_no;
    if (TrimView(line).empty() || line[0] == '#') continue;
    auto cols = SplitTabs(line);
    if (cols.size() != 4) {
      return Status::Corrupt("triggers line " + std::to_string(line_no) + ": want 4 columns");
    }
    TriggerRule r;
    r.priority = std::atoi(std::string(cols[0]).c_str());
    r.type = std::string(cols[1]);
    r.subtype = std::string(cols[2]);
    r.pattern = std::string(cols[3]);
    patterns->expressions.push_back(r.pattern);
    patterns->flags.push_back(HS_FLAG_CASELESS | HS_FLAG_SOM_LEFTMOST | HS_FLAG_UTF8);
    rules->push_back(std::move(r));
  }
  return Status::OK();
}

// data/actors.tsv: canonical, kind, '|'-separated aliases. Each alias is a
// case-sensitive literal pattern, bounded by \b where it starts or ends
// with a word character; `pattern_entry` maps pattern ids to entries.
Status ParseActors(std::string_view tsv, std::vector<ActorEntry>* entries,
                   std::vector<int>* pattern_entry, PatternSet* patterns) {
  size_t line_no = 0;
  for (std::string_view line : SplitLines(tsv)) {
    ++line_no;
    if (TrimView(line).empty() || line[0] == '#') continue;
    auto cols = SplitTabs(line);
    if (cols.size() != 3) {
      return Status::Corrupt("actors line " + std::to_string(line_no) + ": want 3 columns");
    }
    int entry = static_cast<int>(entries->size());
    entries->push_back({std::string(cols[0]), std::string(cols[1])});
    std::string_view aliases = cols[2];
    size_t start = 0;
    while (start <= aliases.size()) {
      size_t bar = aliases.find('|', start);
      std::string_view alias =
          TrimView(aliases.substr(start, bar == std::string_view::npos ? bar : bar - start));
      if (!alias.empty()) {
        std::string p;
        if (IsWordChar(alias.front())) p += "\\b";
        p += EscapeRegex(alias);
        if (IsWordChar(alias.back())) p += "\\b";
        patterns->expressions.push_back(std::move(p));
        patterns->flags.push_back(HS_FLAG_SOM_LEFTMOST | HS_FLAG_UTF8);
        pattern_entry->push_back(entry);
      }
      if (bar == std::string_view::npos) break;
      start = bar + 1;
    }
  }
  return Status::OK();
}

// Compiles `patterns` into `*m`, or reads them from `serialized` if that is
// not empty.
Status Load(const PatternSet& patterns, std::string_view serialized, HsMatcher* m) {
  return serialized.empty() ? m->Compile(patterns) : m->Deserialize(patterns, serialized);
}

// Puts `hits` in the order Hyperscan reports them in (by end, then
// pattern), made certain: SortAndPrune keeps the first of equal spans, so
// its result must not depend on an order Hyperscan does not promise, and
// LexiconScan relies on a slice's matches coming in the same order as
// from a scan of the slice alone.
template <typename Hit, typename Key>
void InReportOrder(std::vector<Hit>* hits, Key key) {
  auto before = [&key](const Hit& a, const Hit& b) {
    if (a.end != b.end) return a.end < b.end;
    if (key(a) != key(b)) return key(a) < key(b);
    return a.begin < b.begin;
  };
  if (!std::is_sorted(hits->begin(), hits->end(), before)) {
    std::sort(hits->begin(), hits->end(), before);
  }
}

// Sorts by begin, longest first, and drops matches inside a longer one
// with the same key(hit) (every match, if `key` is constant).
template <typename Hit, typename Key>
void SortAndPrune(std::vector<Hit>* hits, Key key) {
  std::sort(hits->begin(), hits->end(), [](const Hit& a, const Hit& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  std::vector<Hit> kept;
  for (const Hit& h : *hits) {
    bool inside = false;
    for (const Hit& k : kept) {
      if (key(k) == key(h) && h.begin >= k.begin && h.end <= k.end) inside = true;
    }
    if (!inside) kept.push_back(h);
  }
  *hits = std::move(kept);
}

// What Hyperscan's \b (ASCII, as the patterns are not HS_FLAG_UCP) counts
// as a word byte.
bool IsAsciiWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

}  // namespace

struct TriggerLexicon::Impl {
  HsMatcher matcher;
  bool deserialized = false;
};

struct ActorLexicon::Impl {
  HsMatcher matcher;
  std::vector<int> pattern_entry;  // pattern id -> entry
  bool deserialized = false;
};

TriggerLexicon::~TriggerLexicon() = default;
ActorLexicon::~ActorLexicon() = default;

Result<std::unique_ptr<TriggerLexicon>> TriggerLexicon::Build(std::string_view tsv,
                                                              std::string_view serialized) {
  std::unique_ptr<TriggerLexicon> lex(new TriggerLexicon());
  lex->impl_ = std::make_unique<Impl>();
  PatternSet patterns;
  DATELINE_RETURN_IF_ERROR(ParseTriggers(tsv, &lex->rules_, &patterns));
  Status st = Load(patterns, serialized, &lex->impl_->matcher);
  if (!st.ok()) return st.WithContext("triggers: ");
  lex->impl_->deserialized = !serialized.empty();
  return lex;
}

Result<std::unique_ptr<TriggerLexicon>> TriggerLexicon::Compile(std::string_view tsv) {
  return Build(tsv, {});
}

Result<std::unique_ptr<TriggerLexicon>> TriggerLexicon::Deserialize(std::string_view tsv,
                                                                    std::string_view serialized) {
  if (serialized.empty()) return Status::NotFound("triggers: no serialized database");
  return Build(tsv, serialized);
}

bool TriggerLexicon::deserialized() const { return impl_->deserialized; }

Result<std::string> TriggerLexicon::Serialize() const { return impl_->matcher.Serialize(); }

const TriggerLexicon& TriggerLexicon::Default() {
  static const TriggerLexicon* lex = [] {
    std::string_view tsv = FindEmbeddedFile("triggers.tsv");
    auto r = Deserialize(tsv, FindEmbeddedFile("triggers.hsdb"));
    if (!r.ok()) r = Compile(tsv);
    return r.ok() ? std::move(r).value().release() : nullptr;
  }();
  if (lex == nullptr) {
    // The embedded lexicon is checked by lexicon_test; an empty one keeps
    // the core from aborting if it were ever broken.
    static const TriggerLexicon* empty = std::move(Compile("")).value().release();
    return *empty;
  }
  return *lex;
}

std::vector<TriggerHit> TriggerLexicon::Matches(std::string_view text) const {
  std::vector<TriggerHit> hits;
  if (rules_.empty()) return hits;
  for (const auto& m : impl_->matcher.Scan(text)) {
    hits.push_back({m.from, m.to, static_cast<int>(m.id)});
  }
  InReportOrder(&hits, [](const TriggerHit& h) { return h.rule; });
  return hits;
}

void TriggerLexicon::Prune(std::vector<TriggerHit>* hits) {
  SortAndPrune(hits, [](const TriggerHit& h) { return h.rule; });
}

std::vector<TriggerHit> TriggerLexicon::Find(std::string_view text) const {
  std::vector<TriggerHit> hits = Matches(text);
  Prune(&hits);
  return hits;
}

Result<std::unique_ptr<ActorLexicon>> ActorLexicon::Build(std::string_view tsv,
                                                          std::string_view serialized) {
  std::unique_ptr<ActorLexicon> lex(new ActorLexicon());
  lex->impl_ = std::make_unique<Impl>();
  PatternSet patterns;
  DATELINE_RETURN_IF_ERROR(ParseActors(tsv, &lex->entries_, &lex->impl_->pattern_entry, &patterns));
  Status st = Load(patterns, serialized, &lex->impl_->matcher);
  if (!st.ok()) return st.WithContext("actors: ");
  lex->impl_->deserialized = !serialized.empty();
  return lex;
}

Result<std::unique_ptr<ActorLexicon>> ActorLexicon::Compile(std::string_view tsv) {
  return Build(tsv, {});
}

Result<std::unique_ptr<ActorLexicon>> ActorLexicon::Deserialize(std::string_view tsv,
                                                                std::string_view serialized) {
  if (serialized.empty()) return Status::NotFound("actors: no serialized database");
  return Build(tsv, serialized);
}

bool ActorLexicon::deserialized() const { return impl_->deserialized; }

Result<std::string> ActorLexicon::Serialize() const { return impl_->matcher.Serialize(); }

const ActorLexicon& ActorLexicon::Default() {
  static const ActorLexicon* lex = [] {
    std::string_view tsv = FindEmbeddedFile("actors.tsv");
    auto r = Deserialize(tsv, FindEmbeddedFile("actors.hsdb"));
    if (!r.ok()) r = Compile(tsv);
    return r.ok() ? std::move(r).value().release() : nullptr;
  }();
  if (lex == nullptr) {
    static const ActorLexicon* empty = std::move(Compile("")).value().release();
    return *empty;
  }
  return *lex;
}

std::vector<ActorHit> ActorLexicon::Matches(std::string_view text) const {
  std::vector<ActorHit> hits;
  if (impl_->pattern_entry.empty()) return hits;
  for (const auto& m : impl_->matcher.Scan(text)) {
    hits.push_back({m.from, m.to, impl_->pattern_entry[m.id]});
  }
  InReportOrder(&hits, [](const ActorHit& h) { return h.entry; });
  return hits;
}

// Overlapping aliases: the longest, whichever actor it names.
void ActorLexicon::Prune(std::vector<ActorHit>* hits) {
  SortAndPrune(hits, [](const ActorHit&) { return 0; });
}

std::vector<ActorHit> ActorLexicon::Find(std::string_view text) const {
  std::vector<ActorHit> hits = Matches(text);
  Prune(&hits);
  return hits;
}

template <typename Lexicon>
LexiconScan<Lexicon>::LexiconScan(const Lexicon& lexicon, std::string_view text)
    : lexicon_(lexicon), text_(text), matches_(lexicon.Matches(text)) {}

template <typename Lexicon>
std::vector<typename LexiconScan<Lexicon>::Hit> LexiconScan<Lexicon>::Find(size_t begin,
                                                                           size_t end) const {
  auto outside_is_edge = [this](size_t at) {
    return at >= text_.size() || !(IsAsciiWordByte(static_cast<unsigned char>(text_[at])) ||
                                   static_cast<unsigned char>(text_[at]) >= 0x80);
  };
  bool edges = (begin == 0 || outside_is_edge(begin - 1)) && outside_is_edge(end);
  std::vector<Hit> hits;
  for (const Hit& m : matches_) {
    if (m.begin < begin && m.end > begin) {
      edges = false;  // runs in from before the slice
      break;
    }
    if (m.begin >= begin && m.end <= end) {
      Hit h = m;
      h.begin -= begin;
      h.end -= begin;
      hits.push_back(h);
    }
  }
  if (!edges) return lexicon_.Find(text_.substr(begin, end - begin));
  Lexicon::Prune(&hits);
  return hits;
}

template class LexiconScan<TriggerLexicon>;
template class LexiconScan<ActorLexicon>;

std::vector<std::string> ActorNamesFor(const std::string& name) {
  std::vector<std::string> out = {name};
  const ActorLexicon& lex = ActorLexicon::Default();
  for (const ActorHit& h : lex.Find(name)) {
    if (h.begin == 0 && h.end == name.size()) out.push_back(lex.entries()[h.entry].canonical);
  }
  return out;
}

bool IsLexiconActor(const std::string& name) {
  static const std::unordered_set<std::string>* const kNames = [] {
    auto* s = new std::unordered_set<std::string>;
    for (const ActorEntry& e : ActorLexicon::Default().entries()) s->insert(e.canonical);
    return s;
  }();
  return kNames->count(name) > 0;
}

}  // namespace dateline
