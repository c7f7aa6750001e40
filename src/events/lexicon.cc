// Copyright 2026 The Dateline Authors.

#include "events/lexicon.h"

#include <hs/hs.h>

#include <algorithm>
#include <cstdlib>

#include "util/embedded_data.h"
#include "util/strings.h"

namespace dateline {

namespace {

// One Hyperscan database with a per-thread scratch.
class HsMatcher {
 public:
  ~HsMatcher() {
    if (db_) hs_free_database(db_);
    if (proto_) hs_free_scratch(proto_);
  }

  Status Compile(const std::vector<std::string>& patterns, const std::vector<unsigned>& flags) {
    std::vector<const char*> exprs;
    std::vector<unsigned> ids;
    for (size_t i = 0; i < patterns.size(); ++i) {
      exprs.push_back(patterns[i].c_str());
      ids.push_back(static_cast<unsigned>(i));
    }
    hs_compile_error_t* err = nullptr;
    if (hs_compile_multi(exprs.data(), flags.data(), ids.data(),
                         static_cast<unsigned>(exprs.size()), HS_MODE_BLOCK, nullptr, &db_,
                         &err) != HS_SUCCESS) {
      std::string msg = "pattern ";
      msg += std::to_string(err->expression >= 0 ? err->expression : -1);
      msg += ": ";
      msg += err->message;
      hs_free_compile_error(err);
      return Status::Corrupt(msg);
    }
    if (hs_alloc_scratch(db_, &proto_) != HS_SUCCESS) return Status::IOError("hs scratch");
    return Status::OK();
  }

  struct Match {
    size_t from, to;
    unsigned id;
  };

  std::vector<Match> Scan(std::string_view text) const {
    thread_local std::vector<std::pair<const HsMatcher*, hs_scratch_t*>> scratches;
    hs_scratch_t* scratch = nullptr;
    for (auto& s : scratches) {
      if (s.first == this) scratch = s.second;
    }
    if (scratch == nullptr) {
      hs_clone_scratch(proto_, &scratch);
      scratches.emplace_back(this, scratch);
    }
    std::vector<Match> out;
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

// Keeps the longest match at each position and drops matches inside a
// longer one of the same id.
template <typename Hit>
void SortAndPrune(std::vector<Hit>* hits, bool across_ids) {
  std::sort(hits->begin(), hits->end(), [](const Hit& a, const Hit& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  std::vector<Hit> kept;
  for (const Hit& h : *hits) {
    bool inside = false;
    for (const Hit& k : kept) {
      bool same = across_ids || k.rule_or_entry() == h.rule_or_entry();
      if (same && h.begin >= k.begin && h.end <= k.end) inside = true;
    }
    if (!inside) kept.push_back(h);
  }
  *hits = std::move(kept);
}

}  // namespace

struct TriggerLexicon::Impl {
  HsMatcher matcher;
};

struct ActorLexicon::Impl {
  HsMatcher matcher;
  std::vector<int> pattern_entry;  // pattern id -> entry
};

TriggerLexicon::~TriggerLexicon() = default;
ActorLexicon::~ActorLexicon() = default;

Result<std::unique_ptr<TriggerLexicon>> TriggerLexicon::Compile(std::string_view tsv) {
  std::unique_ptr<TriggerLexicon> lex(new TriggerLexicon());
  lex->impl_ = std::make_unique<Impl>();
  std::vector<std::string> patterns;
  std::vector<unsigned> flags;
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
    patterns.push_back(r.pattern);
    flags.push_back(HS_FLAG_CASELESS | HS_FLAG_SOM_LEFTMOST | HS_FLAG_UTF8);
    lex->rules_.push_back(std::move(r));
  }
  if (patterns.empty()) return lex;
  Status st = lex->impl_->matcher.Compile(patterns, flags);
  if (!st.ok()) return st.WithContext("triggers: ");
  return lex;
}

const TriggerLexicon& TriggerLexicon::Default() {
  static const TriggerLexicon* lex = [] {
    auto r = Compile(FindEmbeddedFile("triggers.tsv"));
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

namespace {
struct TriggerHitView {
  size_t begin, end;
  int rule;
  int rule_or_entry() const { return rule; }
};
struct ActorHitView {
  size_t begin, end;
  int entry;
  int rule_or_entry() const { return entry; }
};
}  // namespace

std::vector<TriggerHit> TriggerLexicon::Find(std::string_view text) const {
  std::vector<TriggerHitView> hits;
  if (rules_.empty()) return {};
  for (const auto& m : impl_->matcher.Scan(text)) {
    hits.push_back({m.from, m.to, static_cast<int>(m.id)});
  }
  SortAndPrune(&hits, /*across_ids=*/false);
  std::vector<TriggerHit> out;
  for (const auto& h : hits) out.push_back({h.begin, h.end, h.rule});
  return out;
}

Result<std::unique_ptr<ActorLexicon>> ActorLexicon::Compile(std::string_view tsv) {
  std::unique_ptr<ActorLexicon> lex(new ActorLexicon());
  lex->impl_ = std::make_unique<Impl>();
  std::vector<std::string> patterns;
  std::vector<unsigned> flags;
  size_t line_no = 0;
  for (std::string_view line : SplitLines(tsv)) {
    ++line_no;
    if (TrimView(line).empty() || line[0] == '#') continue;
    auto cols = SplitTabs(line);
    if (cols.size() != 3) {
      return Status::Corrupt("actors line " + std::to_string(line_no) + ": want 3 columns");
    }
    int entry = static_cast<int>(lex->entries_.size());
    lex->entries_.push_back({std::string(cols[0]), std::string(cols[1])});
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
        patterns.push_back(p);
        flags.push_back(HS_FLAG_SOM_LEFTMOST | HS_FLAG_UTF8);
        lex->impl_->pattern_entry.push_back(entry);
      }
      if (bar == std::string_view::npos) break;
      start = bar + 1;
    }
  }
  if (patterns.empty()) return lex;
  Status st = lex->impl_->matcher.Compile(patterns, flags);
  if (!st.ok()) return st.WithContext("actors: ");
  return lex;
}

const ActorLexicon& ActorLexicon::Default() {
  static const ActorLexicon* lex = [] {
    auto r = Compile(FindEmbeddedFile("actors.tsv"));
    return r.ok() ? std::move(r).value().release() : nullptr;
  }();
  if (lex == nullptr) {
    static const ActorLexicon* empty = std::move(Compile("")).value().release();
    return *empty;
  }
  return *lex;
}

std::vector<ActorHit> ActorLexicon::Find(std::string_view text) const {
  if (impl_->pattern_entry.empty()) return {};
  std::vector<ActorHitView> hits;
  for (const auto& m : impl_->matcher.Scan(text)) {
    hits.push_back({m.from, m.to, impl_->pattern_entry[m.id]});
  }
  SortAndPrune(&hits, /*across_ids=*/true);
  std::vector<ActorHit> out;
  for (const auto& h : hits) out.push_back({h.begin, h.end, h.entry});
  return out;
}

}  // namespace dateline
