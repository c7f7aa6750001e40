// Copyright 2026 The Dateline Authors.
//
// How the extractor works.
//
//  1. Guard. Pages over limits.max_bytes are refused.
//  2. Parse with HtmlDom (html_dom.h: our tokenizer and tree builder, one
//     per thread, reused; comments, script and style bodies and SVG are
//     passed over as it reads) and flatten the tree, iteratively and no
//     deeper than limits.max_depth, into a pre-order array of Nodes: each
//     knows its parent and where its subtree ends, so a subtree is a
//     contiguous range. Script, style, forms controls, SVG and hidden
//     elements are left out; <meta>, <link>, <title>, JSON-LD and <time>
//     feed the PageMeta on the way.
//  3. Count, bottom up in one reverse sweep: text, link text, commas,
//     paragraphs, images, list items, inputs, embeds under every node, and
//     the inline text each block element owns directly.
//  4. Score (in the spirit of Readability): every block that owns 25+
//     characters of non-link text is a paragraph; it scores 1 + commas +
//     length/100 (max 3) and gives that to its ancestors with decay. The
//     best candidate after scaling by (1 - link density) is refined (a
//     common ancestor of several strong candidates, a parent that scores
//     higher) and joined by siblings that score well or read as prose.
//  5. Emit the paragraphs of the chosen nodes in reading order, leaving out
//     boilerplate inside them: navigation, asides, footers, figures (their
//     captions are kept apart), blocks whose class/id says share, related,
//     comment, newsletter, ad..., and link- or image-heavy blocks.
//  6. If that yields little text, try again with fewer exclusions and keep
//     the longest result. Then settle the headline, date, author and
//     dateline from PageMeta and the visible text.

#include "article/html_extract.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "article/caption.h"
#include "article/html_meta.h"
#include "article/html_dom.h"
#include "article/page_date.h"
#include "util/strings.h"

namespace dateline {

namespace {

using TagId = HtmlTag;


// ---------------------------------------------------------------------------
// 2. The flattened tree.

enum NodeFlag : uint32_t {
  kText = 1u << 0,
  kBlock = 1u << 1,
  kUnlikely = 1u << 2,    // class/id/role/tag says boilerplate
  kInUnlikely = 1u << 3,  // this or an ancestor is kUnlikely
  kArticleBody = 1u << 4, // itemprop="articleBody"
  kHasBlockChild = 1u << 5,
  kCaption = 1u << 6,     // figcaption or a caption class
  kKeyPoints = 1u << 7,   // a list marked as the story's key points
  kInFigure = 1u << 8,
  kByline = 1u << 9,      // class/id/rel/itemprop says author or byline
  kDateHint = 1u << 10,   // class/id says date or time
  kKeyPointsHint = 1u << 11,  // a wrapper whose class says key points
};

struct Node {
  int h = -1;  // the HtmlDom node
  std::string_view text;  // text nodes only
  std::string_view cls;   // class attribute
  std::string_view id;    // id attribute
  int parent = -1;
  int end = 0;  // one past the last node of the subtree
  TagId tag = kTagNone;
  int depth = 0;
  uint32_t flags = 0;
  int weight = 0;  // class/id hint: positive for content, negative for boilerplate
  uint32_t text_chars = 0, text_commas = 0;  // text nodes: VisibleLength()

  // Counts over the subtree (step 3).
  uint32_t chars = 0, link_chars = 0, commas = 0, list_chars = 0, heading_chars = 0;
  uint32_t own_chars = 0, own_link_chars = 0, own_commas = 0;
  uint32_t p = 0, img = 0, li = 0, input = 0, embed = 0, th = 0;
  uint32_t mains = 0;  // <main>, <article> and articleBody elements below
  float units = 0;     // sum of the paragraph scores in the subtree, undecayed
  float score = 0;
  bool candidate = false;
};

bool IsBlockTag(TagId t) {
  switch (t) {
    case kTagAddress: case kTagArticle: case kTagAside:
    case kTagBlockquote: case kTagBody: case kTagCaption:
    case kTagCenter: case kTagDd: case kTagDetails:
    case kTagDialog: case kTagDir: case kTagDiv: case kTagDl:
    case kTagDt: case kTagFieldset: case kTagFigcaption:
    case kTagFigure: case kTagFooter: case kTagForm:
    case kTagH1: case kTagH2: case kTagH3: case kTagH4:
    case kTagH5: case kTagH6: case kTagHeader: case kTagHgroup:
    case kTagHr: case kTagHtml: case kTagLegend: case kTagLi:
    case kTagListing: case kTagMain: case kTagMenu: case kTagNav:
    case kTagOl: case kTagP: case kTagPre: case kTagSection:
    case kTagSummary: case kTagTable: case kTagTbody:
    case kTagTd: case kTagTfoot: case kTagTh: case kTagThead:
    case kTagTr: case kTagUl: case kTagHead: case kTagXmp:
    case kTagPlaintext:
      return true;
    default:
      // Custom elements (<story-body>, <my-para>) are treated as blocks:
      // joining their text to the neighbours' would glue words together.
      return t >= kTagCustom;
  }
}

bool IsHeading(TagId t) { return t >= kTagH1 && t <= kTagH6; }

// Elements whose content is never article text. Not descended into.
bool IsSkippedTag(TagId t) {
  switch (t) {
    case kTagScript: case kTagStyle: case kTagNoscript:
    case kTagTemplate: case kTagSvg: case kTagMath:
    case kTagSelect: case kTagOption: case kTagOptgroup:
    case kTagDatalist: case kTagTextarea: case kTagButton:
    case kTagCanvas: case kTagAudio: case kTagMap:
    case kTagDialog: case kTagTitle: case kTagMeta:
    case kTagLink: case kTagBase: case kTagSource:
    case kTagTrack: case kTagParam: case kTagArea:
    case kTagNoembed: case kTagNoframes: case kTagFrameset:
    case kTagOutput: case kTagProgress: case kTagMeter:
    case kTagRp: case kTagRt:
      return true;
    default:
      return false;
  }
}

// Elements kept as leaves (counted, never descended into).
bool IsLeafTag(TagId t) {
  switch (t) {
    case kTagImg: case kTagImage: case kTagIframe:
    case kTagEmbed: case kTagObject: case kTagVideo:
    case kTagInput: case kTagBr: case kTagHr: case kTagWbr:
    case kTagApplet: case kTagFrame: case kTagKeygen:
      return true;
    default:
      return false;
  }
}

// --- class and id hints ------------------------------------------------------

// Word stems that mark boilerplate when found inside a class or id token.
constexpr std::string_view kNegativeStems[] = {
    "comment", "share", "sharing", "social", "related", "newsletter", "subscri",
    "sidebar", "cookie", "consent", "gdpr", "breadcrumb", "footer", "promo",
    "sponsor", "advert", "popup", "modal", "widget", "navbar", "navigation",
    "menu", "masthead", "disqus", "pagination", "pager", "outbrain", "taboola",
    "recommend", "signup", "login", "toolbar", "byline", "author", "skip",
    "banner", "trending", "popular", "follow", "shoutbox", "combx",
    "donate", "overlay", "rating", "reaction", "tooltip", "dropdown",
    "tagcloud", "taglist", "readmore", "read-more", "morestories", "more-stories",
    "crosslink", "teaser", "copyright", "offcanvas", "carousel", "slider",
    "feedback", "badge",
};

// Whole tokens that mark boilerplate.
constexpr std::string_view kNegativeTokens[] = {
    "ad", "ads", "adv", "nav", "meta", "tags", "tag", "foot", "header", "aside",
    "extra", "remark", "rss", "supplemental", "sponsored", "contact", "tools",
    "bottom", "top", "date", "time", "timestamp", "dateline", "info", "hide",
    "shop", "shopping", "cta", "sr", "sronly", "screen", "visually", "credits",
    "caption", "credit", "subscribe", "links", "categories",
    "category", "breaking", "alert", "notice", "print", "toc", "legal",
};

constexpr std::string_view kPositiveStems[] = {
    "article", "content", "entry", "story", "prose", "blogpost", "post-body",
    "postbody", "articlebody", "main-text", "maintext", "hentry", "richtext",
    "rich-text",
};

constexpr std::string_view kPositiveTokens[] = {
    "post", "text", "body", "main", "blog", "page", "column", "single", "news",
    "detail", "details", "copy",
};

enum HintBit : uint8_t {
  kHintNegative = 1,
  kHintPositive = 2,
  kHintCaption = 4,
  kHintByline = 8,
  kHintKeyPoints = 16,
  kHintDate = 32,
};

// Stems grouped by their first letter, so a word is scanned once for all
// of them; each stem carries the hint bits it sets.
class StemTable {
 public:
  void Add(std::string_view stem, uint8_t bits) {
    unsigned char c = static_cast<unsigned char>(stem[0]);
    if (c < 128) buckets_[c].push_back({stem, bits});
  }
  uint8_t Match(std::string_view word) const {
    uint8_t bits = 0;
    for (size_t i = 0; i < word.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(word[i]);
      if (c >= 128) continue;
      for (const Entry& e : buckets_[c]) {
        // The second byte first: it rules out most stems without a call.
        if (word.size() - i < e.stem.size() || (e.stem.size() > 1 && word[i + 1] != e.stem[1])) {
          continue;
        }
        if (word.compare(i, e.stem.size(), e.stem) == 0) {
          bits |= e.bits;
        }
      }
    }
    return bits;
  }

 private:
  struct Entry {
    std::string_view stem;
    uint8_t bits;
  };
  std::vector<Entry> buckets_[128];
};

const StemTable& Stems() {
  static const StemTable* table = [] {
    auto* t = new StemTable;
    for (std::string_view s : kNegativeStems) t->Add(s, kHintNegative);
    for (std::string_view s : kPositiveStems) t->Add(s, kHintPositive);
    t->Add("caption", kHintCaption);
    for (std::string_view s : {"byline", "author"}) t->Add(s, kHintByline);
    for (std::string_view s : {"highlight", "keypoint", "key-point", "takeaway", "summary",
                               "bullets"}) {
      t->Add(s, kHintKeyPoints);
    }
    for (std::string_view s : {"date", "publish", "time"}) t->Add(s, kHintDate);
    return t;
  }();
  return *table;
}

const std::unordered_map<std::string_view, uint8_t>& Tokens() {
  static const auto* tokens = [] {
    auto* m = new std::unordered_map<std::string_view, uint8_t>;
    for (std::string_view s : kNegativeTokens) (*m)[s] |= kHintNegative;
    for (std::string_view s : kPositiveTokens) (*m)[s] |= kHintPositive;
    return m;
  }();
  return *tokens;
}

struct HintResult {
  bool negative = false;
  bool positive = false;
  bool caption = false;
  bool key_points = false;
  bool byline = false;
  bool date = false;
};

// Looks at the words of one class or id attribute.
HintResult Hints(std::string_view attr) {
  HintResult r;
  char lower[512];
  if (attr.empty() || attr.size() > sizeof lower) return r;
  for (size_t i = 0; i < attr.size(); ++i) {
    char c = attr[i];
    lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  std::string_view text(lower, attr.size());
  const StemTable& stems = Stems();
  const auto& tokens = Tokens();
  uint8_t bits = 0;
  size_t i = 0;
  while (i < text.size()) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
    while (i < text.size() && space(text[i])) ++i;
    size_t j = i;
    while (j < text.size() && !space(text[j])) ++j;
    std::string_view word = text.substr(i, j - i);
    i = j;
    if (word.empty()) continue;
    uint8_t word_bits = stems.Match(word);
    // Content stems only in words of a few parts: a long slug
    // ("how-popular-is-x", an anchor made from a heading) says nothing
    // about the block.
    size_t parts = 1;
    for (char c : word) parts += (c == '-' || c == '_') ? 1 : 0;
    if (parts > 4) word_bits &= ~(kHintNegative | kHintPositive);
    bits |= word_bits;
    // Whole tokens, split on '-' and '_' ("entry-meta", "ad_slot").
    size_t k = 0;
    while (k < word.size()) {
      size_t m = k;
      while (m < word.size() && ((word[m] >= 'a' && word[m] <= 'z') ||
                                 (word[m] >= '0' && word[m] <= '9'))) {
        ++m;  // (lower-cased above)
      }
      std::string_view tok = word.substr(k, m - k);
      k = m + 1;
      if (tok.empty() || tok.size() > 12) continue;
      auto it = tokens.find(tok);
      if (it != tokens.end()) bits |= it->second;
    }
  }
  r.negative = bits & kHintNegative;
  r.positive = bits & kHintPositive;
  r.caption = bits & kHintCaption;
  r.byline = bits & kHintByline;
  r.key_points = bits & kHintKeyPoints;
  r.date = bits & kHintDate;
  return r;
}

bool IsBoilerplateRole(std::string_view role) {
  return role == "navigation" || role == "menu" || role == "menubar" ||
         role == "complementary" || role == "banner" || role == "contentinfo" ||
         role == "alert" || role == "alertdialog" || role == "dialog" || role == "search" ||
         role == "toolbar" || role == "tablist";
}

// Bytes of `s` as it reads: runs of whitespace count once.
uint32_t VisibleLength(std::string_view s, uint32_t* commas) {
  uint32_t n = 0;
  bool space = true;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      if (!space) ++n;
      space = true;
      continue;
    }
    space = false;
    if (c == ',') ++*commas;
    // U+FF0C FULLWIDTH COMMA and U+3001 IDEOGRAPHIC COMMA.
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBC &&
        static_cast<unsigned char>(s[i + 2]) == 0x8C) {
      ++*commas;
    }
    if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) == 0x81) {
      ++*commas;
    }
    if ((c & 0xC0) != 0x80) ++n;  // count code points
  }
  if (n > 0 && space) --n;
  return n;
}

// The text of the first child of `node` (for <title>, <script>).
std::string_view ChildText(const HtmlDom& dom, int node) {
  int c = dom.node(node).first_child;
  if (c >= 0 && dom.node(c).tag == kTagText) return dom.node(c).text;
  return {};
}

struct DateCandidate {
  int node;
  std::string iso;
  int rank;
};

// Everything the walk gathers.
struct Page {
  const HtmlDom* dom = nullptr;
  std::vector<Node> nodes;
  PageMeta meta;
  std::string canonical;
  std::vector<int> h1s;
  std::vector<int> headline_nodes;  // itemprop="headline"
  std::vector<DateCandidate> dates;  // <time datetime>, itemprop datePublished
  std::vector<int> bylines;          // nodes marked as author/byline
  int body = -1;
  std::unordered_map<std::string_view, HintResult> hints;  // by class/id value

  HintResult CachedHints(std::string_view attr) {
    if (attr.empty()) return HintResult();
    auto it = hints.find(attr);
    if (it != hints.end()) return it->second;
    HintResult r = Hints(attr);
    hints.emplace(attr, r);
    return r;
  }

  void Clear() {
    hints.clear();
    nodes.clear();
    meta = PageMeta();
    canonical.clear();
    h1s.clear();
    headline_nodes.clear();
    dates.clear();
    bylines.clear();
    body = -1;
  }
};


// Reads a node's attributes; returns false if the element is hidden.
struct Attrs {
  std::string_view cls, id, role, itemprop, style, datetime, content, rel, href, type, name,
      property;
  bool hidden = false;
  bool aria_hidden = false;
};

// `key` equals the literal: a size check and a memcmp of constant length,
// which the compiler inlines (ReadAttrs runs for every attribute).
template <size_t N>
inline bool Is(std::string_view key, const char (&lit)[N]) {
  return key.size() == N - 1 && std::memcmp(key.data(), lit, N - 1) == 0;
}

void ReadAttrs(const HtmlDom& dom, int node, Attrs* a) {
  for (const HtmlAttr* at = dom.attr_begin(node); at != dom.attr_end(node); ++at) {
    std::string_view key = at->key;
    if (key.empty()) continue;
    switch (key[0]) {
      case 'a':
        if (Is(key, "aria-hidden")) a->aria_hidden = EqualsIgnoreCaseAscii(at->value, "true");
        break;
      case 'c':
        if (Is(key, "class")) a->cls = at->value;
        else if (Is(key, "content")) a->content = at->value;
        break;
      case 'd':
        if (Is(key, "datetime")) a->datetime = at->value;
        break;
      case 'h':
        if (Is(key, "href")) a->href = at->value;
        else if (Is(key, "hidden")) a->hidden = true;
        break;
      case 'i':
        if (Is(key, "id")) a->id = at->value;
        else if (Is(key, "itemprop")) a->itemprop = at->value;
        break;
      case 'n':
        if (Is(key, "name")) a->name = at->value;
        break;
      case 'p':
        if (Is(key, "property")) a->property = at->value;
        break;
      case 'r':
        if (Is(key, "role")) a->role = at->value;
        else if (Is(key, "rel")) a->rel = at->value;
        break;
      case 's':
        if (Is(key, "style")) a->style = at->value;
        break;
      case 't':
        if (Is(key, "type")) a->type = at->value;
        break;
      default:
        break;
    }
  }
}

// React's streaming server rendering sends the rest of a page as
// <div hidden id="S:0">...</div>, which a script moves into place at once:
// the reader sees it, so the extractor must too.
bool IsStreamedSegment(std::string_view id) {
  if (id.size() < 3 || id[0] != 'S' || id[1] != ':') return false;
  for (char c : id.substr(2)) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

bool StyleHides(std::string_view style) {
  if (style.empty()) return false;
  std::string s;
  for (char c : style) {
    if (!std::isspace(static_cast<unsigned char>(c))) {
      s.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

// Handles the elements that only carry metadata. Returns true if `node`
// was one of them (and must not enter the tree).
bool ReadMetadataElement(int node, TagId tag, Page* page) {
  const HtmlDom& dom = *page->dom;
  if (tag == kTagMeta) {
    Attrs a;
    ReadAttrs(dom, node, &a);
    std::string_view key = !a.property.empty() ? a.property
                           : !a.name.empty()   ? a.name
                                               : a.itemprop;
    if (!key.empty()) ReadMetaTag(key, a.content, &page->meta);
    if (!a.itemprop.empty() && !a.name.empty() && a.itemprop != a.name) {
      ReadMetaTag(a.itemprop, a.content, &page->meta);
    }
    return true;
  }
  if (tag == kTagLink) {
    Attrs a;
    ReadAttrs(dom, node, &a);
    if (EqualsIgnoreCaseAscii(TrimView(a.rel), "canonical") && page->canonical.empty()) {
      page->canonical = Trim(a.href);
    }
    return true;
  }
  if (tag == kTagTitle) {
    if (page->meta.title.empty() && dom.node(node).ns == HtmlNs::kHtml) {
      page->meta.title = CleanMetaText(ChildText(dom, node));
    }
    return true;
  }
  if (tag == kTagScript) {
    Attrs a;
    ReadAttrs(dom, node, &a);
    if (FindIgnoreCaseAscii(a.type, "ld+json") != std::string_view::npos) {
      ReadJsonLd(ChildText(dom, node), &page->meta);
    }
    return true;
  }
  return false;
}

// Flattens the tree under `root` into page->nodes, iteratively.
void Flatten(int root, int max_depth, Page* page) {
  const HtmlDom& dom = *page->dom;
  std::vector<Node>& nodes = page->nodes;
  std::vector<int> open;  // indices of the elements whose subtree is being read
  auto close = [&]() {
    nodes[open.back()].end = static_cast<int>(nodes.size());
    open.pop_back();
  };
  int n = root;
  while (n >= 0) {
    // Enter n; decide whether to descend.
    bool descend = false;
    const HtmlNode& hn = dom.node(n);
    TagId tag = hn.tag;
    int depth = static_cast<int>(open.size());
    int parent = open.empty() ? -1 : open.back();
    if (tag == kTagText) {
      if (parent >= 0) {
        Node t;
        t.h = n;
        t.text = hn.text;
        t.text_chars = VisibleLength(t.text, &t.text_commas);
        t.parent = parent;
        t.tag = tag;
        t.depth = depth;
        t.flags = kText | (nodes[parent].flags & (kInUnlikely | kInFigure));
        t.end = static_cast<int>(nodes.size()) + 1;
        nodes.push_back(t);
      }
    } else if (ReadMetadataElement(n, tag, page)) {
      // metadata only
    } else if (IsSkippedTag(tag) || depth > max_depth ||
               hn.ns != HtmlNs::kHtml) {
      // not text
    } else {
      Attrs a;
      ReadAttrs(dom, n, &a);
      if (!((a.hidden && !IsStreamedSegment(a.id)) || a.aria_hidden || StyleHides(a.style) ||
            EqualsIgnoreCaseAscii(a.type, "hidden"))) {
        Node e;
        e.h = n;
        e.parent = parent;
        e.tag = tag;
        e.depth = depth;
        e.cls = a.cls;
        e.id = a.id;
        uint32_t inherited = parent >= 0 ? nodes[parent].flags & (kInUnlikely | kInFigure) : 0;
        e.flags = inherited;
        if (IsBlockTag(tag)) e.flags |= kBlock;
        HintResult hc = page->CachedHints(a.cls), hi = page->CachedHints(a.id);
        if (hc.negative) e.weight -= 25;
        if (hc.positive) e.weight += 25;
        if (hi.negative) e.weight -= 25;
        if (hi.positive) e.weight += 25;
        bool positive = hc.positive || hi.positive;
        bool negative = hc.negative || hi.negative;
        std::string role = ToLowerAscii(TrimView(a.role));
        if (tag == kTagNav || tag == kTagAside || tag == kTagFooter ||
            IsBoilerplateRole(role) || (negative && !positive)) {
          if (tag != kTagBody && tag != kTagHtml && tag != kTagA &&
              tag != kTagMain && tag != kTagArticle) {
            e.flags |= kUnlikely | kInUnlikely;
          }
        }
        if (EqualsIgnoreCaseAscii(TrimView(a.itemprop), "articleBody") ||
            FindIgnoreCaseAscii(a.itemprop, "articlebody") != std::string_view::npos) {
          e.flags |= kArticleBody;
          e.weight += 25;
          e.flags &= ~(kUnlikely | kInUnlikely);
        }
        if (tag == kTagFigcaption || hc.caption || hi.caption) e.flags |= kCaption;
        if (tag == kTagFigure) e.flags |= kInFigure;
        // A key-point list is marked on the list itself, or on the
        // element just around it.
        bool key_points = hc.key_points || hi.key_points ||
                          (parent >= 0 && (nodes[parent].flags & kKeyPointsHint));
        if (key_points && (tag == kTagUl || tag == kTagOl)) {
          e.flags |= kKeyPoints;
        } else if (hc.key_points || hi.key_points) {
          e.flags |= kKeyPointsHint;
        }
        int index = static_cast<int>(nodes.size());
        bool byline = hc.byline || hi.byline || EqualsIgnoreCaseAscii(TrimView(a.rel), "author") ||
                      FindIgnoreCaseAscii(a.itemprop, "author") != std::string_view::npos;
        if (byline) {
          e.flags |= kByline;
          page->bylines.push_back(index);
        }
        if (hc.date || hi.date) e.flags |= kDateHint;
        if (tag == kTagH1) page->h1s.push_back(index);
        if (tag == kTagBody && page->body < 0) page->body = index;
        if (EqualsIgnoreCaseAscii(TrimView(a.itemprop), "headline")) {
          page->headline_nodes.push_back(index);
        }
        if (FindIgnoreCaseAscii(a.itemprop, "datePublished") != std::string_view::npos) {
          std::string iso = IsoDateOf(!a.content.empty() ? a.content : a.datetime);
          if (!iso.empty()) page->dates.push_back({index, iso, kRankItempropDate});
          else page->dates.push_back({index, "", kRankItempropDate});  // text, read later
        } else if (tag == kTagTime && !a.datetime.empty()) {
          std::string iso = IsoDateOf(a.datetime);
          if (!iso.empty()) page->dates.push_back({index, iso, kRankTimeElement});
        }
        nodes.push_back(e);
        open.push_back(index);
        descend = !IsLeafTag(tag);
        if (!descend) close();
      }
    }
    int next = descend ? hn.first_child : -1;
    if (next >= 0) {
      n = next;
      continue;
    }
    if (descend) close();  // an element without children
    // Climb until a node has a next sibling.
    while (n != root) {
      int sib = dom.node(n).next;
      if (sib >= 0) {
        n = sib;
        break;
      }
      n = dom.node(n).parent;
      if (n < 0) break;
      if (!open.empty() && nodes[open.back()].h == n) close();
    }
    if (n == root || n < 0) break;
  }
  while (!open.empty()) close();
}

// ---------------------------------------------------------------------------
// 3. Counting.

// Fills the subtree counts. With `skip_unlikely`, text under kUnlikely
// nodes does not count (as if those nodes had been removed).
void Count(std::vector<Node>& nodes, bool skip_unlikely) {
  for (Node& n : nodes) {
    n.chars = n.link_chars = n.commas = n.list_chars = n.heading_chars = 0;
    n.own_chars = n.own_link_chars = n.own_commas = 0;
    n.p = n.img = n.li = n.input = n.embed = n.th = n.mains = 0;
    n.score = 0;
    n.units = 0;
    n.candidate = false;
    n.flags &= ~kHasBlockChild;
  }
  for (size_t k = nodes.size(); k-- > 0;) {
    Node& n = nodes[k];
    if (n.flags & kText) {
      n.chars = n.text_chars;
      n.commas = n.text_commas;
      n.own_chars = n.chars;
      n.own_commas = n.commas;
    } else {
      switch (n.tag) {
        case kTagA: n.link_chars = n.chars; n.own_link_chars = n.own_chars; break;
        case kTagP: ++n.p; break;
        case kTagImg: case kTagImage: ++n.img; break;
        case kTagLi: ++n.li; break;
        case kTagInput: ++n.input; break;
        case kTagTh: ++n.th; break;
        case kTagIframe: case kTagEmbed: case kTagObject:
        case kTagVideo: case kTagApplet:
          ++n.embed;
          break;
        case kTagUl: case kTagOl: n.list_chars = n.chars; break;
        default:
          if (IsHeading(n.tag)) n.heading_chars = n.chars;
      }
    }
    if (n.parent < 0) continue;
    if (skip_unlikely && (n.flags & kUnlikely)) continue;
    Node& p = nodes[n.parent];
    p.mains += n.mains + ((n.tag == kTagMain || n.tag == kTagArticle ||
                           (n.flags & kArticleBody)) ? 1 : 0);
    p.chars += n.chars;
    p.link_chars += n.link_chars;
    p.commas += n.commas;
    p.list_chars += n.list_chars;
    p.heading_chars += n.heading_chars;
    p.p += n.p;
    p.img += n.img;
    p.li += n.li;
    p.input += n.input;
    p.embed += n.embed;
    p.th += n.th;
    if ((n.flags & kBlock) && !(n.flags & kText)) {
      p.flags |= kHasBlockChild;
    } else {
      // Inline content belongs to the nearest block above it.
      p.own_chars += n.own_chars;
      p.own_link_chars += n.own_link_chars;
      p.own_commas += n.own_commas;
    }
  }
}

// Clears kUnlikely from nodes that hold the page's main content after all
// (a wrapper whose id happens to say "sidebar-layout"): those that contain
// a <main>, an <article> or an articleBody, or most of the paragraphs.
// REQUIRES: Count(nodes, false) was run.
void KeepContentContainers(std::vector<Node>& nodes) {
  uint32_t total_p = nodes.empty() ? 0 : nodes[0].p;
  bool changed = false;
  for (size_t k = 0; k < nodes.size(); ++k) {
    Node& n = nodes[k];
    if (!(n.flags & kUnlikely)) continue;
    if (n.mains > 0 || (total_p >= 3 && n.p * 2 > total_p)) {
      n.flags &= ~kUnlikely;
      changed = true;
    }
  }
  if (!changed) return;
  for (Node& n : nodes) {
    n.flags &= ~kInUnlikely;
    if (n.flags & kUnlikely) n.flags |= kInUnlikely;
    if (n.parent >= 0) n.flags |= nodes[n.parent].flags & kInUnlikely;
  }
}

float LinkDensity(const Node& n) {
  return n.chars == 0 ? 0.f : static_cast<float>(n.link_chars) / static_cast<float>(n.chars);
}

// ---------------------------------------------------------------------------
// 4. Scoring.

struct Pass {
  bool strip_unlikely = true;
  bool weight_classes = true;
  bool clean_conditionally = true;
};

float TagScore(TagId t) {
  switch (t) {
    case kTagDiv: case kTagArticle: case kTagMain: return 5;
    case kTagPre: case kTagTd: case kTagBlockquote: return 3;
    case kTagAddress: case kTagOl: case kTagUl: case kTagDl:
    case kTagDd: case kTagDt: case kTagLi: case kTagForm:
      return -3;
    case kTagTh: return -5;
    default: return IsHeading(t) ? -5 : 0;
  }
}

// Is this block a paragraph for scoring purposes?
bool IsScoredUnit(const Node& n) {
  switch (n.tag) {
    case kTagP: case kTagPre: case kTagTd: case kTagDiv:
    case kTagSection: case kTagArticle: case kTagMain:
    case kTagBlockquote: case kTagDd: case kTagLi:
    case kTagH2: case kTagH3: case kTagH4: case kTagH5:
    case kTagH6: case kTagCenter:
      return true;
    default:
      return n.tag >= kTagCustom;
  }
}

bool IsContainerTag(TagId t) {
  return t == kTagDiv || t == kTagSection || t == kTagArticle ||
         t == kTagMain || t == kTagTd || t == kTagCenter ||
         t >= kTagCustom;
}

void InitCandidate(Node& n, const Pass& pass) {
  if (n.candidate) return;
  n.candidate = true;
  n.score = TagScore(n.tag) + (pass.weight_classes ? static_cast<float>(n.weight) : 0.f);
}

// Returns the index of the best candidate, or -1.
int ScoreCandidates(std::vector<Node>& nodes, const Pass& pass) {
  constexpr uint32_t kMinUnitChars = 25;
  constexpr int kLevels = 5;
  for (size_t k = 0; k < nodes.size(); ++k) {
    Node& n = nodes[k];
    if (n.flags & kText) continue;
    if (pass.strip_unlikely && (n.flags & kInUnlikely)) continue;
    if (!IsScoredUnit(n) || n.own_chars < kMinUnitChars) continue;
    if (n.own_link_chars * 2 > n.own_chars) continue;
    if (n.flags & (kInFigure | kCaption)) continue;
    float s = 1.f + static_cast<float>(n.own_commas) +
              std::min(static_cast<float>(n.own_chars) / 100.f, 3.f);
    n.units += s;
    // A container holding text beside its blocks is itself the paragraph's
    // parent (Readability wraps such text in a <p>).
    int a = (IsContainerTag(n.tag) && (n.flags & kHasBlockChild)) ? static_cast<int>(k)
                                                                  : n.parent;
    for (int level = 0; level < kLevels && a >= 0; ++level) {
      Node& an = nodes[a];
      if (an.tag == kTagHtml) break;
      InitCandidate(an, pass);
      float div = level == 0 ? 1.f : level == 1 ? 2.f : static_cast<float>(level * 3);
      an.score += s / div;
      a = an.parent;
    }
  }
  for (size_t k = nodes.size(); k-- > 1;) {
    if (nodes[k].parent >= 0) nodes[nodes[k].parent].units += nodes[k].units;
  }
  int best = -1;
  for (size_t k = 0; k < nodes.size(); ++k) {
    Node& n = nodes[k];
    if (!n.candidate) continue;
    n.score *= 1.f - LinkDensity(n);
    if (best < 0 || n.score > nodes[best].score) best = static_cast<int>(k);
  }
  return best;
}

bool IsAncestor(const std::vector<Node>& nodes, int a, int n) {
  return a <= n && n < nodes[a].end;
}

// Moves the top candidate up when that captures more of the article.
int RefineTop(std::vector<Node>& nodes, int top) {
  // Several strong candidates under one ancestor: take the ancestor.
  std::vector<int> alts;
  for (size_t k = 0; k < nodes.size(); ++k) {
    if (static_cast<int>(k) == top || !nodes[k].candidate) continue;
    if (nodes[k].score >= 0.75f * nodes[top].score) alts.push_back(static_cast<int>(k));
  }
  // Keep the five best.
  std::sort(alts.begin(), alts.end(),
            [&](int a, int b) { return nodes[a].score > nodes[b].score; });
  if (alts.size() > 5) alts.resize(5);
  if (alts.size() >= 3) {
    for (int a = nodes[top].parent; a >= 0 && nodes[a].tag != kTagBody;
         a = nodes[a].parent) {
      int inside = 0;
      for (int alt : alts) inside += IsAncestor(nodes, a, alt) ? 1 : 0;
      if (inside >= 3) {
        top = a;
        break;
      }
    }
  }
  if (!nodes[top].candidate) {
    nodes[top].candidate = true;
  }
  // A parent that scores higher than its child holds more of the article.
  float last = nodes[top].score;
  float threshold = last / 3.f;
  for (int a = nodes[top].parent; a >= 0 && nodes[a].tag != kTagBody;
       a = nodes[a].parent) {
    if (!nodes[a].candidate) continue;
    if (nodes[a].score < threshold) break;
    if (nodes[a].score > last) {
      top = a;
      break;
    }
    last = nodes[a].score;
  }
  // An ancestor whose paragraphs outweigh the candidate's by far holds
  // the rest of an article split into sections.
  {
    constexpr float kGrowth = 1.5f;
    constexpr float kMaxLinkDensity = 0.3f;
    int best = top;
    int steps = 0;
    for (int a = nodes[top].parent; a >= 0 && steps < 12; a = nodes[a].parent, ++steps) {
      const Node& an = nodes[a];
      if (an.tag == kTagBody || an.tag == kTagHtml) break;
      if (LinkDensity(an) > kMaxLinkDensity) break;
      if (an.units >= kGrowth * nodes[best].units) best = a;
    }
    top = best;
  }
  // An only child stands for its parent.
  while (nodes[top].parent >= 0 && nodes[nodes[top].parent].tag != kTagBody) {
    int p = nodes[top].parent;
    int elements = 0;
    for (int c = p + 1; c < nodes[p].end; c = nodes[c].end) {
      if (!(nodes[c].flags & kText)) ++elements;
      else if (nodes[c].chars > 0) elements += 2;  // loose text beside it
    }
    if (elements != 1) break;
    top = p;
  }
  return top;
}

bool EndsSentence(std::string_view text) {
  std::string_view t = TrimView(text);
  return !t.empty() && (t.back() == '.' || t.find(". ") != std::string_view::npos);
}

// The text of a subtree, whitespace collapsed.
std::string SubtreeText(const std::vector<Node>& nodes, int i, size_t limit = 1u << 20) {
  std::string s;
  for (int k = i; k < nodes[i].end && s.size() < limit; ++k) {
    if (nodes[k].flags & kText) {
      s.append(nodes[k].text);
    } else if (nodes[k].flags & kBlock || nodes[k].tag == kTagBr) {
      s.push_back(' ');
    }
  }
  return CollapseWhitespace(s);
}

// The text of a heading: like SubtreeText, but without the dates,
// scripts and hidden labels some templates put inside an <h1>.
std::string HeadingText(const std::vector<Node>& nodes, int i) {
  std::string s;
  for (int k = i; k < nodes[i].end && s.size() < 1000;) {
    const Node& n = nodes[k];
    if (n.flags & kText) {
      s.append(n.text);
    } else if (n.tag == kTagTime && k != i) {
      s.push_back(' ');
      k = n.end;
      continue;
    } else if (n.flags & kBlock || n.tag == kTagBr) {
      s.push_back(' ');
    }
    ++k;
  }
  return CollapseWhitespace(s);
}

// The top candidate and the siblings that belong with it, in page order.
std::vector<int> GatherRoots(const std::vector<Node>& nodes, int top) {
  std::vector<int> roots;
  int parent = nodes[top].parent;
  if (parent < 0) return {top};
  float threshold = std::max(10.f, nodes[top].score * 0.2f);
  for (int c = parent + 1; c < nodes[parent].end; c = nodes[c].end) {
    const Node& s = nodes[c];
    if (c == top) {
      roots.push_back(c);
      continue;
    }
    if (s.flags & (kText | kInUnlikely)) continue;
    float bonus = 0;
    if (!s.cls.empty() && s.cls == nodes[top].cls) bonus = nodes[top].score * 0.2f;
    if (s.candidate && s.score + bonus >= threshold) {
      roots.push_back(c);
    } else if (s.tag == kTagP) {
      float ld = LinkDensity(s);
      if (s.chars > 80 && ld < 0.25f) {
        roots.push_back(c);
      } else if (s.chars < 80 && s.chars > 0 && ld == 0 &&
                 EndsSentence(SubtreeText(nodes, c, 400))) {
        roots.push_back(c);
      }
    }
  }
  return roots;
}

// ---------------------------------------------------------------------------
// 5. Emitting paragraphs.

struct Emitted {
  std::vector<std::string> paragraphs;
  std::vector<std::string> captions;
  std::vector<std::string> bullets;
  size_t chars = 0;
  int begin = -1, end = -1;  // node range of the content
};

// Headline text normalised for comparison: ASCII letters lower-cased,
// every run of punctuation and space (ASCII, Latin-1's U+00A0..U+00BF and
// the General Punctuation block: curly quotes, dashes, no-break and thin
// spaces) one space, other non-ASCII letters kept as they are.
std::string Fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = 1;
    bool keep;
    if (c < 0x80) {
      keep = std::isalnum(c) != 0;
    } else {
      len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      len = std::min(len, s.size() - i);
      bool latin1_punct = c == 0xC2;  // U+0080..U+00BF
      bool general_punct = len == 3 && c == 0xE2 &&
                           (static_cast<unsigned char>(s[i + 1]) & 0xFC) == 0x80;  // U+2000..U+20FF
      keep = !latin1_punct && !general_punct;
    }
    if (keep) {
      if (space && !out.empty()) out.push_back(' ');
      space = false;
      if (c < 0x80) {
        out.push_back(static_cast<char>(std::tolower(c)));
      } else {
        out.append(s.substr(i, len));
      }
    } else {
      space = true;
    }
    i += len;
  }
  return out;
}

bool SimilarTitle(std::string_view a_in, std::string_view b_in) {
  std::string a = Fold(a_in), b = Fold(b_in);
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  return shorter.size() * 10 >= longer.size() * 6 && longer.find(shorter) != std::string::npos;
}

// Share of the shorter text's words (folded) found in the other.
double WordOverlap(std::string_view a_in, std::string_view b_in) {
  std::string a = Fold(a_in), b = Fold(b_in);
  auto words = [](const std::string& s) {
    std::vector<std::string> out;
    std::string w;
    for (char c : s) {
      if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
        w.push_back(c);
      } else if (!w.empty()) {
        out.push_back(w);
        w.clear();
      }
    }
    if (!w.empty()) out.push_back(w);
    return out;
  };
  std::vector<std::string> x = words(a), y = words(b);
  if (x.empty() || y.empty()) return 0;
  if (x.size() > y.size()) std::swap(x, y);
  size_t hit = 0;
  for (const std::string& w : x) {
    for (const std::string& v : y) {
      if (w == v) {
        ++hit;
        break;
      }
    }
  }
  return static_cast<double>(hit) / static_cast<double>(x.size());
}

class Emitter {
 public:
  Emitter(const std::vector<Node>& nodes, const Pass& pass, std::string_view headline,
          Emitted* out)
      : nodes_(nodes), pass_(pass), headline_(headline), out_(out) {}

  void EmitRoot(int root) {
    root_chars_ = std::max<uint32_t>(nodes_[root].chars, 1);
    std::vector<int> closers;  // ends of the open block elements
    int end = nodes_[root].end;
    for (int i = root; i < end;) {
      while (!closers.empty() && i >= closers.back()) {
        closers.pop_back();
        Flush();
      }
      const Node& n = nodes_[i];
      if (n.flags & kText) {
        buf_.append(n.text);
        ++i;
        continue;
      }
      if (i != root) {
        if (n.flags & kKeyPoints) Flush();
        if ((n.flags & kKeyPoints) && out_->paragraphs.empty() && out_->bullets.empty()) {
          CollectItems(i, &out_->bullets);
          if (!out_->bullets.empty()) {
            i = n.end;
            continue;
          }
        }
        if (n.flags & kCaption) {
          Flush();
          std::string c = SubtreeText(nodes_, i, 2000);
          if (!c.empty()) out_->captions.push_back(std::move(c));
          i = n.end;
          continue;
        }
        if (Remove(i)) {
          if (n.flags & kBlock) Flush();
          if (n.tag == kTagFigure) CollectCaptions(i);
          i = n.end;
          continue;
        }
      }
      if (n.tag == kTagBr || n.tag == kTagHr) {
        Flush();
        ++i;
        continue;
      }
      if (n.flags & kBlock) {
        Flush();
        closers.push_back(n.end);
      }
      ++i;
    }
    Flush();
  }

 private:
  void Flush() {
    if (buf_.empty()) return;
    std::string p = CollapseWhitespace(buf_);
    buf_.clear();
    if (p.empty()) return;
    out_->chars += p.size();
    out_->paragraphs.push_back(std::move(p));
  }

  // Key points are a few short items; anything else stays in the body.
  void CollectItems(int list, std::vector<std::string>* items) {
    constexpr size_t kMaxItems = 10, kMaxItemBytes = 400;
    std::vector<std::string> found;
    for (int k = list + 1; k < nodes_[list].end; ++k) {
      if (nodes_[k].tag == kTagLi) {
        std::string t = SubtreeText(nodes_, k, 2000);
        if (t.size() > kMaxItemBytes) return;
        if (!t.empty()) found.push_back(std::move(t));
        k = nodes_[k].end - 1;
      }
    }
    if (found.size() > kMaxItems) return;
    *items = std::move(found);
  }

  void CollectCaptions(int figure) {
    for (int k = figure + 1; k < nodes_[figure].end; ++k) {
      if (nodes_[k].flags & kCaption) {
        std::string c = SubtreeText(nodes_, k, 2000);
        if (!c.empty()) out_->captions.push_back(std::move(c));
        k = nodes_[k].end - 1;
      }
    }
  }

  bool Remove(int i) const {
    const Node& n = nodes_[i];
    TagId t = n.tag;
    if (pass_.strip_unlikely && (n.flags & kUnlikely)) return true;
    if (t == kTagNav || t == kTagAside || t == kTagFooter ||
        t == kTagIframe || t == kTagObject || t == kTagEmbed) {
      return true;
    }
    if (t == kTagFigure) return n.chars * 2 < root_chars_;
    if (t == kTagHeader) return n.p == 0 || n.chars * 3 < root_chars_;
    if (t == kTagH1) {
      return n.weight < 0 || headline_.empty() ||
             SimilarTitle(SubtreeText(nodes_, i, 1000), headline_);
    }
    if (IsHeading(t) && n.weight < 0 && pass_.weight_classes) return true;
    if (!pass_.clean_conditionally) return false;
    switch (t) {
      case kTagForm: case kTagFieldset: case kTagTable:
      case kTagUl: case kTagOl: case kTagDiv: case kTagSection:
      case kTagDl: case kTagHeader:
        return CleanConditionally(i);
      default:
        return t >= kTagCustom && CleanConditionally(i);
    }
  }

  // Readability's "clean conditionally" idea in our own terms: a block is
  // dropped when its shape says it is not prose.
  bool CleanConditionally(int i) const {
    const Node& n = nodes_[i];
    int weight = pass_.weight_classes ? n.weight : 0;
    if (weight < 0 && n.chars * 2 < root_chars_) return true;
    bool is_list = n.tag == kTagUl || n.tag == kTagOl ||
                   (n.chars > 0 && n.list_chars * 10 > n.chars * 9);
    if (n.tag == kTagTable && n.th > 0) return false;  // a data table
    if (n.commas >= 10) return false;
    float ld = LinkDensity(n);
    uint32_t p = n.p, img = n.img, input = n.input, embed = n.embed;
    int li = static_cast<int>(n.li) - 100;
    uint32_t len = n.chars;
    float heading_density = len ? static_cast<float>(n.heading_chars) / len : 0.f;
    bool in_figure = n.flags & kInFigure;
    if (!in_figure && img > 1 && static_cast<float>(p) / img < 0.5f) return true;
    if (!is_list && li > static_cast<int>(p)) return true;
    if (input > p / 3) return true;
    if (!is_list && !in_figure && heading_density < 0.9f && len < 25 &&
        (img == 0 || img > 2) && ld > 0) {
      return true;
    }
    if (!is_list && weight < 25 && ld > 0.2f) return true;
    if (weight >= 25 && ld > 0.5f) return true;
    if ((embed == 1 && len < 75) || embed > 1) return true;
    if (is_list && ld > 0.5f) return true;
    return false;
  }

  const std::vector<Node>& nodes_;
  const Pass& pass_;
  std::string_view headline_;
  Emitted* out_;
  std::string buf_;
  uint32_t root_chars_ = 1;
};

// Runs steps 3 to 5 with the given pass settings.
Emitted ExtractBody(std::vector<Node>& nodes, int body, const Pass& pass,
                    std::string_view headline) {
  Emitted out;
  Count(nodes, pass.strip_unlikely);
  int top = ScoreCandidates(nodes, pass);
  if (top < 0) top = body;
  if (top < 0) return out;
  top = RefineTop(nodes, top);
  std::vector<int> roots = GatherRoots(nodes, top);
  Emitter emitter(nodes, pass, headline, &out);
  for (int r : roots) emitter.EmitRoot(r);
  out.begin = roots.front();
  out.end = nodes[roots.back()].end;
  return out;
}

// ---------------------------------------------------------------------------
// 6. Metadata decisions.

constexpr size_t kMaxHeadlineBytes = 250;

// Punctuation between the first and the last letter or digit of `s`.
size_t InnerPunctuation(std::string_view s) {
  size_t first = s.size(), last = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (std::isalnum(static_cast<unsigned char>(s[i]))) {
      first = std::min(first, i);
      last = i;
    }
  }
  size_t n = 0;
  for (size_t i = first; i < last; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::ispunct(c)) {
      ++n;
    } else if (c == 0xE2 && i + 1 < last && (static_cast<unsigned char>(s[i + 1]) & 0xFC) == 0x80) {
      ++n;  // U+2000..U+20FF: dashes, curly quotes, ellipsis
    }
  }
  return n;
}

// The text of a link inside heading `h` that is most of the heading and
// reads as one of the declared titles, or "".
template <size_t N>
std::string LinkedTitle(const std::vector<Node>& nodes, int h,
                        const std::string* const (&declared)[N]) {
  for (int k = h + 1; k < nodes[h].end; ++k) {
    if (nodes[k].tag != kTagA || nodes[k].chars * 10 < nodes[h].chars * 6 ||
        nodes[k].chars == nodes[h].chars) {
      continue;
    }
    std::string link = HeadingText(nodes, k);
    for (const std::string* d : declared) {
      if (CountWords(*d) >= 3 && Fold(link) == Fold(*d)) return link;
    }
  }
  return "";
}

// True if `heading` is `title` after a one-word label and a colon, as in
// "Blog: Best agencies of 2025" for "Best agencies of 2025".
bool IsLabelledTitle(std::string_view heading, std::string_view title) {
  size_t colon = heading.find(':');
  if (colon == std::string_view::npos || colon == 0 || CountWords(title) < 3) return false;
  std::string_view label = TrimView(heading.substr(0, colon));
  if (label.empty() || label.find(' ') != std::string_view::npos || CountWords(label) != 1) {
    return false;
  }
  std::string rest = Fold(heading.substr(colon + 1));
  return !rest.empty() && rest == Fold(title);
}

// A declared title cut short by the page's metadata ("... (Including"),
// where another declared title goes on with more words rather than with a
// separator and a site or section name.
bool CutShort(const std::string& shorter, const std::string& longer) {
  if (shorter.empty() || longer.size() <= shorter.size() + 1) return false;
  if (longer.compare(0, shorter.size(), shorter) != 0) return false;
  std::string_view rest(longer);
  rest.remove_prefix(shorter.size());
  if (rest.front() != ' ') return false;
  rest.remove_prefix(1);
  unsigned char c = static_cast<unsigned char>(rest.front());
  return std::isalnum(c) != 0;
}

// True if `href` points at a site's home page: "/", "https://host/",
// "//host", "./index.html".
bool IsHomeLink(std::string_view href) {
  href = TrimView(href);
  if (href.empty() || href.find('?') != std::string_view::npos ||
      href.find('#') != std::string_view::npos) {
    return false;
  }
  size_t scheme = href.find("://");
  bool has_host = true;  // the path follows a host name
  if (scheme != std::string_view::npos) {
    href.remove_prefix(scheme + 3);
  } else if (StartsWith(href, "//")) {
    href.remove_prefix(2);
  } else if (StartsWith(href, "./")) {
    href.remove_prefix(1);
    has_host = false;
  } else if (href[0] == '/') {
    has_host = false;
  } else {
    return false;
  }
  if (has_host) {
    size_t slash = href.find('/');
    href = slash == std::string_view::npos ? std::string_view() : href.substr(slash);
  }
  return href.empty() || href == "/" || href == "/index.html" || href == "/index.php";
}

// An <h1> whose whole text is one link to the home page holds the site's
// name (blog templates put it there), not the story's headline.
bool IsSiteNameHeading(const Page& page, int h) {
  const std::vector<Node>& nodes = page.nodes;
  for (int k = h + 1; k < nodes[h].end; ++k) {
    if (nodes[k].tag != kTagA) continue;
    if (nodes[k].chars == 0) continue;  // an empty link before the real one
    if (nodes[k].chars * 10 < nodes[h].chars * 9) return false;
    const std::string_view* href = page.dom->Attr(nodes[k].h, "href");
    return href != nullptr && IsHomeLink(*href);
  }
  return false;
}

// `title` without a leading `name` and the punctuation after it:
// ("Engora Data Blog: Small adventures", "Engora Data Blog") ->
// "Small adventures". Unchanged when it does not start with the name.
std::string StripLeadingName(const std::string& title, std::string_view name) {
  std::string_view t = TrimView(title), n = TrimView(name);
  if (n.empty() || t.size() <= n.size() || !EqualsIgnoreCaseAscii(t.substr(0, n.size()), n)) {
    return title;
  }
  std::string_view rest = t.substr(n.size());
  size_t skip = 0;
  while (skip < rest.size() && (rest[skip] == ' ' || rest[skip] == ':' || rest[skip] == '|' ||
                                rest[skip] == '-')) {
    ++skip;
  }
  if (skip == 0 || skip == rest.size()) return title;
  return std::string(rest.substr(skip));
}

std::string ChooseHeadline(const Page& page) {
  const PageMeta& m = page.meta;
  // Without a declared site name, a heading that links home names the site.
  std::string site_name = m.site_name;
  std::string home_heading;
  for (int h : page.h1s) {
    if (IsSiteNameHeading(page, h)) {
      home_heading = HeadingText(page.nodes, h);
      break;
    }
  }
  if (site_name.empty()) site_name = home_heading;
  std::string stripped = StripLeadingName(StripSiteName(m.title, site_name), home_heading);
  std::string og = StripSiteName(m.og_title, site_name);
  std::string ld = CollapseWhitespace(m.ld_headline);
  for (const std::string* d : {&og, &stripped}) {
    if (CutShort(ld, *d)) ld = *d;
  }
  const std::string* declared[] = {&ld, &og, &stripped, &m.og_title, &m.title};
  // The visible headline: itemprop=headline, else an <h1> outside the page
  // furniture. When several qualify, the one that agrees with a declared
  // title wins, else the first.
  std::vector<int> visible = page.headline_nodes;
  visible.insert(visible.end(), page.h1s.begin(), page.h1s.end());
  std::string first;
  for (int h : visible) {
    std::string text = HeadingText(page.nodes, h);
    if (text.empty() || text.size() > kMaxHeadlineBytes) continue;
    if (!site_name.empty() && EqualsIgnoreCaseAscii(text, site_name)) continue;
    if (IsSiteNameHeading(page, h)) continue;
    // Some templates repeat the <title>, site or section name included.
    text = StripHeadingTail(text, site_name);
    // A heading that is the story's link plus its source and comment count
    // ("Grads find degrees no longer guarantee jobs (latimes.com) 87").
    std::string linked = LinkedTitle(page.nodes, h, declared);
    if (!linked.empty()) return linked;
    for (const std::string* d : declared) {
      if (!SimilarTitle(text, *d)) continue;
      // CSS may upper-case a headline the markup writes in mixed case.
      if (Fold(text) == Fold(*d)) {
        if (IsAllCapsAscii(text) && !IsAllCapsAscii(*d)) return *d;
        // A title and subtitle set as two spans lose the punctuation the
        // declared title keeps between them ("... is not. - Defining").
        if (InnerPunctuation(*d) > InnerPunctuation(text)) return *d;
      } else if (d != &m.og_title && d != &m.title && IsLabelledTitle(text, *d)) {
        return *d;
      }
      return text;
    }
    if (first.empty()) first = text;
  }
  if (!first.empty()) {
    // An <h1> that shares almost no words with what the page declares as
    // its title is page furniture (a blog's name, a call to action, a
    // promo box), not the story's headline.
    const std::string* fallback = nullptr;
    bool related = false;
    const std::string* candidates[] = {&ld, &og, &stripped};
    for (const std::string* d : candidates) {
      if (d->empty()) continue;
      if (WordOverlap(first, *d) >= 0.3) related = true;
      if (fallback == nullptr && CountWords(*d) >= 3) fallback = d;
    }
    if (!related && fallback != nullptr) return StripSiteName(*fallback, site_name);
    // A heading the markup writes in lower case for CSS to capitalise:
    // the declared title's words in the writer's case.
    if (std::none_of(first.begin(), first.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      for (const std::string* d : candidates) {
        size_t at = FindIgnoreCaseAscii(*d, first);
        if (at == std::string_view::npos) continue;
        std::string cased = d->substr(at, first.size());
        if (!IsAllCapsAscii(cased)) return cased;
      }
    }
    // An upper-cased heading worded a little differently from the declared
    // title: the declared one keeps the case the writer chose.
    if (IsAllCapsAscii(first)) {
      for (const std::string* d : candidates) {
        if (!d->empty() && !IsAllCapsAscii(*d) && WordOverlap(first, *d) >= 0.8) return *d;
      }
    }
    return first;
  }
  if (!ld.empty()) return StripSiteName(ld, site_name);
  if (!og.empty()) return og;
  return stripped;
}

// "LONDON:", "New Delhi (Reuters) -", "WASHINGTON, March 24 (AP) —" at the
// start of the first paragraph. Returns the place and sets *rest to the
// paragraph after the dateline.
std::string SplitDateline(std::string_view para, std::string_view* rest) {
  constexpr size_t kMaxPrefix = 60;
  std::string_view head = para.substr(0, std::min(para.size(), kMaxPrefix + 20));
  // Find the separator.
  static const std::string_view kSeps[] = {": ", " — ", " – ", " - ", " -- ", "—", "–"};
  size_t sep_at = std::string_view::npos, sep_len = 0;
  for (std::string_view s : kSeps) {
    size_t at = head.find(s);
    if (at != std::string_view::npos && at > 0 && at <= kMaxPrefix &&
        (sep_at == std::string_view::npos || at < sep_at)) {
      sep_at = at;
      sep_len = s.size();
    }
  }
  if (sep_at == std::string_view::npos) return "";
  std::string_view prefix = TrimView(para.substr(0, sep_at));
  std::string_view after = TrimView(para.substr(sep_at + sep_len));
  if (after.empty()) return "";
  unsigned char a0 = static_cast<unsigned char>(after[0]);
  if (!(std::isupper(a0) || std::isdigit(a0) || a0 >= 0x80 || a0 == '"' || a0 == '\'')) {
    return "";
  }
  // An agency in parentheses: "(Reuters)", "(AP)".
  bool agency = false;
  if (!prefix.empty() && prefix.back() == ')') {
    size_t open = prefix.rfind('(');
    if (open == std::string_view::npos) return "";
    std::string_view inner = prefix.substr(open + 1, prefix.size() - open - 2);
    if (inner.empty() || inner.size() > 30 || CountWords(inner) > 4) return "";
    unsigned char i0 = static_cast<unsigned char>(inner[0]);
    if (!std::isupper(i0)) return "";
    agency = true;
    prefix = TrimView(prefix.substr(0, open));
  }
  // A date after the place: "WASHINGTON, March 24".
  size_t comma = prefix.find(',');
  std::string_view place = prefix;
  if (comma != std::string_view::npos) {
    std::string_view tail = TrimView(prefix.substr(comma + 1));
    std::string_view first_word = tail.substr(0, tail.find(' '));
    if (MonthFromName(first_word) != 0 && first_word.size() >= 3) {
      place = TrimView(prefix.substr(0, comma));
    }
  }
  if (place.empty() || place.size() > 40 || CountWords(place) > 4) return "";
  // Every word capitalised; all capitals unless an agency follows.
  bool all_caps = IsAllCapsAscii(place);
  size_t i = 0;
  while (i < place.size()) {
    while (i < place.size() && (place[i] == ' ' || place[i] == ',' || place[i] == '.')) ++i;
    if (i >= place.size()) break;
    unsigned char c = static_cast<unsigned char>(place[i]);
    if (!(std::isupper(c) || c >= 0x80)) return "";
    while (i < place.size() && place[i] != ' ') {
      unsigned char d = static_cast<unsigned char>(place[i]);
      if (std::isdigit(d) || d == '"' || d == '!' || d == '?' || d == ':') return "";
      ++i;
    }
  }
  if (!all_caps && !agency) return "";
  if (place.size() < 3) return "";
  static const std::string_view kNotPlaces[] = {
      "UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE", "EDITORS NOTE", "WARNING", "BREAKING",
      "FAQ", "Q", "A", "PHOTO", "VIDEO", "WATCH", "READ", "LISTEN", "CLICK", "SPOILER",
      "TL;DR", "TLDR", "DISCLAIMER", "ADVERTISEMENT", "IMPORTANT", "CORRECTION",
      "EXCLUSIVE", "ANALYSIS", "OPINION", "LIVE", "SPONSORED", "FILE", "UPDATE 1",
      "STEP", "TIP", "NEW", "PLUS", "BONUS", "SUMMARY", "CONCLUSION", "INTRODUCTION"};
  for (std::string_view np : kNotPlaces) {
    if (EqualsIgnoreCaseAscii(place, np)) return "";
  }
  *rest = after;
  return std::string(place);
}

// Appends the dates in the short text nodes of nodes[from, to).
void ScanDates(const std::vector<Node>& nodes, int from, int to, uint32_t max_chars,
               std::vector<std::string>* out) {
  const uint32_t kMaxBlockChars = max_chars;
  for (int k = from; k < to; ++k) {
    const Node& n = nodes[k];
    if (!(n.flags & kText) || n.text_chars < 6 || n.text_chars > kMaxBlockChars) continue;
    bool digit = false;
    for (char c : n.text) {
      if (c >= '0' && c <= '9') {
        digit = true;
        break;
      }
    }
    if (!digit) continue;
    // A date split over inline elements ("<b>March 24</b>, 2024") is read
    // from the enclosing element's text.
    int at = n.parent >= 0 && nodes[n.parent].chars <= kMaxBlockChars ? n.parent : k;
    YMD d = FindDate(nodes[at].flags & kText ? n.text : SubtreeText(nodes, at, 400));
    if (d.valid()) out->push_back(d.Iso());
  }
}

// The dates shown near the headline and the article: in short text blocks
// and <time> elements around the first <h1>, the start of the content and
// just after its end (where author boxes go). `content` is the node range
// of the extracted content.
std::vector<std::string> VisibleDates(const Page& page, std::pair<int, int> content) {
  constexpr uint32_t kMaxBlockChars = 150;
  const std::vector<Node>& nodes = page.nodes;
  int size = static_cast<int>(nodes.size());
  int anchor = !page.h1s.empty() ? page.h1s[0] : std::max(page.body, 0);
  std::vector<std::pair<int, int>> windows = {{anchor - 150, anchor + 400}};
  if (content.first >= 0) {
    windows.push_back({content.first - 100, content.first + 100});
    windows.push_back({content.second, content.second + 150});
  }
  std::vector<std::string> out;
  for (auto [from, to] : windows) {
    from = std::clamp(from, 0, size);
    to = std::clamp(to, 0, size);
    for (const DateCandidate& d : page.dates) {
      if (d.node >= from && d.node < to && !d.iso.empty()) out.push_back(d.iso);
    }
    ScanDates(nodes, from, to, kMaxBlockChars, &out);
  }
  return out;
}

// Declared dates first, but when the page shows its last update rather
// than its first publication, the shown one; then visible, then the URL.
std::string ChooseDate(Page& page, std::string_view url, std::pair<int, int> content) {
  const std::vector<Node>& nodes = page.nodes;
  std::string date = page.meta.published;
  int rank = page.meta.published_rank;
  for (DateCandidate& d : page.dates) {
    if (d.iso.empty()) d.iso = IsoDateOf(SubtreeText(nodes, d.node, 200));
    if (!d.iso.empty() && d.rank < rank) {
      date = d.iso;
      rank = d.rank;
    }
  }
  std::vector<std::string> shown = VisibleDates(page, content);
  auto is_shown = [&shown](const std::string& d) {
    return std::find(shown.begin(), shown.end(), d) != shown.end();
  };
  const std::string& modified = page.meta.modified;
  if (!date.empty()) {
    // An OpenGraph-style publication stamp is taken at its word; other
    // declarations yield to a shown update date.
    if (!modified.empty() && modified != date && rank != kRankMetaPublished &&
        !is_shown(date) && is_shown(modified)) {
      return modified;
    }
    if (rank <= kRankTimeElement) return date;
  }
  YMD u = DateFromUrl(url);
  if (u.valid()) return u.Iso();
  if (!date.empty()) return date;
  if (!shown.empty()) return shown.front();
  return modified;
}

// Captions of the story's pictures: those inside the content and, when the
// content sits in an <article> or <main> (or articleBody) a few levels up,
// those elsewhere in it (a lead picture above the text).
std::vector<std::string> Captions(const std::vector<Node>& nodes, const Emitted& content) {
  if (content.begin < 0) return content.captions;
  int scope = -1;
  int a = content.begin;
  for (int level = 0; level < 6 && a >= 0; ++level, a = nodes[a].parent) {
    const Node& n = nodes[a];
    if (n.tag == kTagArticle || n.tag == kTagMain || (n.flags & kArticleBody)) {
      scope = a;
      break;
    }
  }
  if (scope < 0 || nodes[scope].end < content.end) return content.captions;
  std::vector<std::string> out;
  for (int k = scope; k < nodes[scope].end; ++k) {
    const Node& n = nodes[k];
    if (!(n.flags & kCaption) || (n.flags & kText)) continue;
    if (n.parent >= 0 && (nodes[n.parent].flags & kInUnlikely)) {
      k = n.end - 1;
      continue;
    }
    std::string c = SubtreeText(nodes, k, 2000);
    if (!c.empty() && c.size() < 1000) out.push_back(std::move(c));
    k = n.end - 1;
  }
  return out;
}

bool IsDateOnly(std::string_view p) {
  return p.size() < 120 && CountWords(p) <= 12 && FindDate(p).valid();
}

}  // namespace

Status ExtractHtmlArticle(const Document& doc, const HtmlLimits& limits, Article* out) {
  if (doc.body.size() > limits.max_bytes) {
    return Status::Limit("HTML page of " + std::to_string(doc.body.size()) +
                         " bytes is over the limit of " + std::to_string(limits.max_bytes) +
                         " bytes");
  }
  // Steps 1 and 2.
  HtmlDomLimits dom_limits;
  dom_limits.max_depth = std::clamp(limits.max_depth * 2, 64, 4096);
  thread_local HtmlDom dom;
  thread_local Page page;
  dom.Parse(doc.body, dom_limits);
  page.Clear();
  page.dom = &dom;
  int root = dom.root();
  Flatten(root, std::max(limits.max_depth, 1), &page);
  std::vector<Node>& nodes = page.nodes;
  bool any_text = false;
  for (const Node& n : nodes) {
    if (n.text_chars > 0) {
      any_text = true;
      break;
    }
  }
  if (!any_text) return Status::InvalidArgument("HTML page has no text");
  Count(nodes, false);
  KeepContentContainers(nodes);

  std::string headline = ChooseHeadline(page);

  // Steps 3-5, relaxing the exclusions when little text comes out.
  constexpr size_t kEnoughChars = 500;
  static const Pass kPasses[] = {
      {true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
  Emitted best;
  for (const Pass& pass : kPasses) {
    Emitted e = ExtractBody(nodes, page.body, pass, headline);
    if (e.chars > best.chars) best = std::move(e);
    if (best.chars >= kEnoughChars) break;
  }

  // Leading lines that repeat the headline, or are a byline or a date.
  std::string byline_author;
  size_t drop = 0;
  for (size_t k = 0; k < best.paragraphs.size() && k < 4; ++k) {
    const std::string& p = best.paragraphs[k];
    if (SimilarTitle(p, headline)) {
      drop = k + 1;
      continue;
    }
    std::string a = AuthorFromByline(p);
    if (!a.empty()) {
      if (byline_author.empty()) byline_author = a;
      drop = k + 1;
      continue;
    }
    if (IsDateOnly(p)) {
      drop = k + 1;
      continue;
    }
    break;
  }
  best.paragraphs.erase(best.paragraphs.begin(), best.paragraphs.begin() + drop);

  out->headline = headline;
  // The page's declared language (<html lang="en-GB"> -> "en"), so that
  // the article stage need not guess it.
  {
    const std::string_view* lang = dom.Attr(root, "lang");
    if (lang != nullptr) {
      std::string code = ToLowerAscii(TrimView(*lang));
      code = code.substr(0, code.find_first_of("-_"));
      bool letters = code.size() == 2 || code.size() == 3;
      for (char c : code) letters &= c >= 'a' && c <= 'z';
      if (letters) out->lang = code;
    }
  }
  out->url = !page.canonical.empty() ? page.canonical : page.meta.url;
  if (out->url.empty()) out->url = doc.url;

  // Dateline.
  if (!best.paragraphs.empty()) {
    std::string_view rest;
    std::string place = SplitDateline(best.paragraphs[0], &rest);
    if (!place.empty()) {
      out->dateline = place;
      best.paragraphs[0] = std::string(rest);
    }
  }

  out->date = ChooseDate(page, out->url, {best.begin, best.end});

  // Author: declared, else a visible byline.
  std::string author = page.meta.author;
  if (page.meta.author_rank > 2) {
    std::string visible = byline_author;
    for (size_t k = 0; visible.empty() && k < page.bylines.size() && k < 8; ++k) {
      std::string t = SubtreeText(nodes, page.bylines[k], 300);
      visible = AuthorFromByline(t);
      if (visible.empty() && nodes[page.bylines[k]].chars < 60 && LooksLikeName(t) &&
          CountWords(t) <= 5 && !FindDate(t).valid()) {
        visible = t;
      }
    }
    if (!visible.empty()) author = visible;
  }
  out->author = author;

  for (const std::string& c : Captions(nodes, best)) {
    out->captions.push_back(SplitCaptionCredit(c));
  }
  out->bullets = std::move(best.bullets);
  out->paragraphs = std::move(best.paragraphs);
  return Status::OK();
}

}  // namespace dateline
