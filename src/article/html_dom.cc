// Copyright 2026 The Dateline Authors.

#include "article/html_dom.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <unordered_map>

#include "util/utf8.h"

namespace dateline {

namespace {

// --- names -------------------------------------------------------------------

struct NamedTag {
  const char* name;
  HtmlTag tag;
};

constexpr NamedTag kNamedTags[] = {
    {"a", kTagA}, {"address", kTagAddress}, {"applet", kTagApplet}, {"area", kTagArea},
    {"article", kTagArticle}, {"aside", kTagAside}, {"audio", kTagAudio}, {"b", kTagB},
    {"base", kTagBase}, {"basefont", kTagBasefont}, {"bgsound", kTagBgsound}, {"big", kTagBig},
    {"blockquote", kTagBlockquote}, {"body", kTagBody}, {"br", kTagBr}, {"button", kTagButton},
    {"canvas", kTagCanvas}, {"caption", kTagCaption}, {"center", kTagCenter},
    {"code", kTagCode}, {"col", kTagCol}, {"colgroup", kTagColgroup},
    {"datalist", kTagDatalist}, {"dd", kTagDd}, {"details", kTagDetails},
    {"dialog", kTagDialog}, {"dir", kTagDir}, {"div", kTagDiv}, {"dl", kTagDl}, {"dt", kTagDt},
    {"em", kTagEm}, {"embed", kTagEmbed}, {"fieldset", kTagFieldset},
    {"figcaption", kTagFigcaption}, {"figure", kTagFigure}, {"font", kTagFont},
    {"footer", kTagFooter}, {"form", kTagForm}, {"frame", kTagFrame},
    {"frameset", kTagFrameset}, {"h1", kTagH1}, {"h2", kTagH2}, {"h3", kTagH3},
    {"h4", kTagH4}, {"h5", kTagH5}, {"h6", kTagH6}, {"head", kTagHead},
    {"header", kTagHeader}, {"hgroup", kTagHgroup}, {"hr", kTagHr}, {"html", kTagHtml},
    {"i", kTagI}, {"iframe", kTagIframe}, {"image", kTagImage}, {"img", kTagImg},
    {"input", kTagInput}, {"keygen", kTagKeygen}, {"legend", kTagLegend}, {"li", kTagLi},
    {"link", kTagLink}, {"listing", kTagListing}, {"main", kTagMain}, {"map", kTagMap},
    {"marquee", kTagMarquee}, {"math", kTagMath}, {"menu", kTagMenu}, {"meta", kTagMeta},
    {"meter", kTagMeter}, {"nav", kTagNav}, {"nobr", kTagNobr}, {"noembed", kTagNoembed},
    {"noframes", kTagNoframes}, {"noscript", kTagNoscript}, {"object", kTagObject},
    {"ol", kTagOl}, {"optgroup", kTagOptgroup}, {"option", kTagOption},
    {"output", kTagOutput}, {"p", kTagP}, {"param", kTagParam},
    {"plaintext", kTagPlaintext}, {"pre", kTagPre}, {"progress", kTagProgress},
    {"rp", kTagRp}, {"rt", kTagRt}, {"s", kTagS}, {"script", kTagScript},
    {"section", kTagSection}, {"select", kTagSelect}, {"small", kTagSmall},
    {"source", kTagSource}, {"strike", kTagStrike}, {"strong", kTagStrong},
    {"style", kTagStyle}, {"summary", kTagSummary}, {"svg", kTagSvg}, {"table", kTagTable},
    {"tbody", kTagTbody}, {"td", kTagTd}, {"template", kTagTemplate},
    {"textarea", kTagTextarea}, {"tfoot", kTagTfoot}, {"th", kTagTh}, {"thead", kTagThead},
    {"time", kTagTime}, {"title", kTagTitle}, {"tr", kTagTr}, {"track", kTagTrack},
    {"tt", kTagTt}, {"u", kTagU}, {"ul", kTagUl}, {"video", kTagVideo}, {"wbr", kTagWbr},
    {"xmp", kTagXmp},
};

// The other names of HTML, SVG and MathML elements: phrasing elements for
// the extractor, unlike custom elements, which it reads as blocks.
constexpr const char* kInlineNames[] = {
    "abbr", "acronym", "annotation-xml", "bdi", "bdo", "blink", "cite", "command", "comment",
    "del", "dfn", "ins", "isindex", "kbd", "label", "mark", "menuitem", "mtext", "q", "rb",
    "rtc", "ruby", "samp", "span", "sub", "sup", "var",
    // SVG
    "altglyph", "altglyphdef", "altglyphitem", "animate", "animatecolor", "animatemotion",
    "animatetransform", "circle", "clippath", "color-profile", "cursor", "defs", "desc",
    "ellipse", "feblend", "fecolormatrix", "fecomponenttransfer", "fecomposite",
    "feconvolvematrix", "fediffuselighting", "fedisplacementmap", "fedistantlight",
    "fedropshadow", "feflood", "fefunca", "fefuncb", "fefuncg", "fefuncr", "fegaussianblur",
    "feimage", "femerge", "femergenode", "femorphology", "feoffset", "fepointlight",
    "fespecularlighting", "fespotlight", "fetile", "feturbulence", "filter", "font-face",
    "font-face-format", "font-face-name", "font-face-src", "font-face-uri", "foreignobject",
    "g", "glyph", "glyphref", "hkern", "line", "lineargradient", "marker", "mask", "metadata",
    "missing-glyph", "mpath", "path", "pattern", "polygon", "polyline", "radialgradient",
    "rect", "set", "stop", "switch", "symbol", "text", "textpath", "tref", "tspan", "use",
    "view", "vkern",
    // MathML
    "maction", "maligngroup", "malignmark", "menclose", "merror", "mfenced", "mfrac",
    "mglyph", "mi", "mlabeledtr", "mlongdiv", "mmultiscripts", "mn", "mo", "mover",
    "mpadded", "mphantom", "mroot", "mrow", "ms", "mscarries", "mscarry", "msgroup",
    "msline", "mspace", "msqrt", "msrow", "mstack", "mstyle", "msub", "msup", "msubsup",
};

inline uint32_t NameHash(const char* s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; ++i) h = (h ^ static_cast<unsigned char>(s[i])) * 16777619u;
  return h;
}

// Open addressing over 1024 slots (about 250 names).
class TagTable {
 public:
  TagTable() {
    for (const NamedTag& t : kNamedTags) Add(t.name, t.tag);
    for (const char* n : kInlineNames) Add(n, kTagInline);
  }
  HtmlTag Find(const char* s, size_t n) const {
    if (n == 0 || n > kMaxName) return kTagCustom;
    for (uint32_t i = NameHash(s, n) & kMask;; i = (i + 1) & kMask) {
      const Slot& slot = slots_[i];
      if (slot.len == 0) return kTagCustom;
      if (slot.len == n && std::memcmp(slot.name, s, n) == 0) return slot.tag;
    }
  }

 private:
  static constexpr size_t kMaxName = 24;
  static constexpr uint32_t kMask = 1023;
  struct Slot {
    const char* name = nullptr;
    uint8_t len = 0;
    HtmlTag tag = kTagNone;
  };
  void Add(const char* name, HtmlTag tag) {
    size_t n = std::strlen(name);
    uint32_t i = NameHash(name, n) & kMask;
    while (slots_[i].len != 0) i = (i + 1) & kMask;
    slots_[i] = {name, static_cast<uint8_t>(n), tag};
  }
  std::array<Slot, kMask + 1> slots_;
};

const TagTable& Tags() {
  static const TagTable table;
  return table;
}

// --- what the tree builder knows of each element -----------------------------

enum TagBit : uint16_t {
  kVoid = 1 << 0,
  kRawText = 1 << 1,     // content read to the end tag, as text
  kRcdata = 1 << 2,      // the same, with character references decoded
  kSpecial = 1 << 3,     // an end tag of another name does not close across it
  kClosesP = 1 << 4,     // its start tag closes an open <p>
  kScope = 1 << 5,       // bounds "in scope"
  kHeadOk = 1 << 6,      // may stand in <head>
  kFormatting = 1 << 7,  // <b>, <a>, ...
  kClosedInScope = 1 << 8,  // its end tag pops to it when in scope
};

struct TagBits {
  std::array<uint16_t, kTagCustom + 1> bits{};
  TagBits() {
    auto set = [this](std::initializer_list<HtmlTag> tags, uint16_t b) {
      for (HtmlTag t : tags) bits[t] |= b;
    };
    set({kTagArea, kTagBase, kTagBasefont, kTagBgsound, kTagBr, kTagCol, kTagEmbed, kTagFrame,
         kTagHr, kTagImage, kTagImg, kTagInput, kTagKeygen, kTagLink, kTagMeta, kTagParam,
         kTagSource, kTagTrack, kTagWbr},
        kVoid);
    set({kTagScript, kTagStyle, kTagXmp, kTagIframe, kTagNoembed, kTagNoframes, kTagNoscript},
        kRawText);
    set({kTagTitle, kTagTextarea}, kRcdata);
    set({kTagAddress, kTagApplet, kTagArea, kTagArticle, kTagAside, kTagBase, kTagBasefont,
         kTagBgsound, kTagBlockquote, kTagBody, kTagBr, kTagButton, kTagCaption, kTagCenter,
         kTagCol, kTagColgroup, kTagDd, kTagDetails, kTagDir, kTagDiv, kTagDl, kTagDt,
         kTagEmbed, kTagFieldset, kTagFigcaption, kTagFigure, kTagFooter, kTagForm, kTagFrame,
         kTagFrameset, kTagH1, kTagH2, kTagH3, kTagH4, kTagH5, kTagH6, kTagHead, kTagHeader,
         kTagHgroup, kTagHr, kTagHtml, kTagIframe, kTagImg, kTagInput, kTagKeygen, kTagLi,
         kTagLink, kTagListing, kTagMain, kTagMarquee, kTagMenu, kTagMeta, kTagNav,
         kTagNoembed, kTagNoframes, kTagNoscript, kTagObject, kTagOl, kTagP, kTagParam,
         kTagPlaintext, kTagPre, kTagScript, kTagSection, kTagSelect, kTagSource, kTagStyle,
         kTagSummary, kTagTable, kTagTbody, kTagTd, kTagTemplate, kTagTextarea, kTagTfoot,
         kTagTh, kTagThead, kTagTitle, kTagTr, kTagTrack, kTagUl, kTagWbr, kTagXmp},
        kSpecial);
    set({kTagAddress, kTagArticle, kTagAside, kTagBlockquote, kTagCenter, kTagDetails,
         kTagDialog, kTagDir, kTagDiv, kTagDl, kTagFieldset, kTagFigcaption, kTagFigure,
         kTagFooter, kTagHeader, kTagHgroup, kTagMain, kTagMenu, kTagNav, kTagOl, kTagP,
         kTagSection, kTagSummary, kTagUl, kTagH1, kTagH2, kTagH3, kTagH4, kTagH5, kTagH6,
         kTagPre, kTagListing, kTagForm, kTagPlaintext, kTagTable, kTagHr, kTagXmp, kTagLi,
         kTagDd, kTagDt},
        kClosesP);
    set({kTagApplet, kTagCaption, kTagHtml, kTagTable, kTagTd, kTagTh, kTagMarquee, kTagObject,
         kTagTemplate},
        kScope);
    set({kTagBase, kTagBasefont, kTagBgsound, kTagLink, kTagMeta, kTagNoframes, kTagScript,
         kTagStyle, kTagTemplate, kTagTitle, kTagNoscript},
        kHeadOk);
    set({kTagA, kTagB, kTagBig, kTagCode, kTagEm, kTagFont, kTagI, kTagNobr, kTagS, kTagSmall,
         kTagStrike, kTagStrong, kTagTt, kTagU},
        kFormatting);
    set({kTagAddress, kTagArticle, kTagAside, kTagBlockquote, kTagButton, kTagCenter,
         kTagDetails, kTagDialog, kTagDir, kTagDiv, kTagDl, kTagFieldset, kTagFigcaption,
         kTagFigure, kTagFooter, kTagHeader, kTagHgroup, kTagListing, kTagMain, kTagMenu,
         kTagNav, kTagOl, kTagPre, kTagSection, kTagSummary, kTagUl, kTagForm, kTagApplet,
         kTagMarquee, kTagObject, kTagTemplate, kTagSelect},
        kClosedInScope);
  }
};

const TagBits& Bits() {
  static const TagBits b;
  return b;
}

inline bool Has(HtmlTag t, uint16_t bit) { return (Bits().bits[t] & bit) != 0; }

inline bool IsHeading(HtmlTag t) { return t >= kTagH1 && t <= kTagH6; }
inline bool IsSpace(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}
inline bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAlnum(char c) { return IsAlpha(c) || (c >= '0' && c <= '9'); }
inline char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// --- character references ----------------------------------------------------

// Latin-1 names, U+00A0 to U+00FF in order; browsers read these without
// the ';' too.
constexpr const char* kLatin1Names[96] = {
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy",
    "ordf", "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute",
    "micro", "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12",
    "frac34", "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig",
    "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml",
    "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash",
    "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute",
    "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc",
    "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve", "oacute",
    "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml",
    "yacute", "thorn", "yuml",
};

struct NamedRef {
  const char* name;
  uint32_t cp;
};

// The rest of HTML 4's names and the HTML5 names news pages use.
constexpr NamedRef kNamedRefs[] = {
    {"quot", 34}, {"amp", 38}, {"lt", 60}, {"gt", 62}, {"apos", 39}, {"QUOT", 34},
    {"AMP", 38}, {"LT", 60}, {"GT", 62}, {"COPY", 169}, {"REG", 174},
    {"OElig", 338}, {"oelig", 339}, {"Scaron", 352}, {"scaron", 353}, {"Yuml", 376},
    {"fnof", 402}, {"circ", 710}, {"tilde", 732},
    {"Alpha", 913}, {"Beta", 914}, {"Gamma", 915}, {"Delta", 916}, {"Epsilon", 917},
    {"Zeta", 918}, {"Eta", 919}, {"Theta", 920}, {"Iota", 921}, {"Kappa", 922},
    {"Lambda", 923}, {"Mu", 924}, {"Nu", 925}, {"Xi", 926}, {"Omicron", 927}, {"Pi", 928},
    {"Rho", 929}, {"Sigma", 931}, {"Tau", 932}, {"Upsilon", 933}, {"Phi", 934},
    {"Chi", 935}, {"Psi", 936}, {"Omega", 937}, {"alpha", 945}, {"beta", 946},
    {"gamma", 947}, {"delta", 948}, {"epsilon", 949}, {"zeta", 950}, {"eta", 951},
    {"theta", 952}, {"iota", 953}, {"kappa", 954}, {"lambda", 955}, {"mu", 956},
    {"nu", 957}, {"xi", 958}, {"omicron", 959}, {"pi", 960}, {"rho", 961}, {"sigmaf", 962},
    {"sigma", 963}, {"tau", 964}, {"upsilon", 965}, {"phi", 966}, {"chi", 967},
    {"psi", 968}, {"omega", 969}, {"thetasym", 977}, {"upsih", 978}, {"piv", 982},
    {"ensp", 8194}, {"emsp", 8195}, {"numsp", 8199}, {"puncsp", 8200}, {"thinsp", 8201},
    {"hairsp", 8202}, {"ZeroWidthSpace", 8203}, {"zwnj", 8204}, {"zwj", 8205},
    {"lrm", 8206}, {"rlm", 8207}, {"hyphen", 8208}, {"dash", 8208}, {"ndash", 8211},
    {"mdash", 8212}, {"horbar", 8213}, {"lsquo", 8216}, {"rsquo", 8217}, {"rsquor", 8217},
    {"sbquo", 8218}, {"lsquor", 8218}, {"ldquo", 8220}, {"rdquo", 8221}, {"rdquor", 8221},
    {"bdquo", 8222}, {"ldquor", 8222}, {"dagger", 8224}, {"Dagger", 8225}, {"bull", 8226},
    {"bullet", 8226}, {"hellip", 8230}, {"mldr", 8230}, {"permil", 8240}, {"prime", 8242},
    {"Prime", 8243}, {"lsaquo", 8249}, {"rsaquo", 8250}, {"oline", 8254}, {"frasl", 8260},
    {"euro", 8364}, {"image", 8465}, {"weierp", 8472}, {"real", 8476}, {"trade", 8482},
    {"TRADE", 8482}, {"alefsym", 8501}, {"larr", 8592}, {"uarr", 8593}, {"rarr", 8594},
    {"darr", 8595}, {"harr", 8596}, {"crarr", 8629}, {"lArr", 8656}, {"uArr", 8657},
    {"rArr", 8658}, {"dArr", 8659}, {"hArr", 8660}, {"forall", 8704}, {"part", 8706},
    {"exist", 8707}, {"empty", 8709}, {"nabla", 8711}, {"isin", 8712}, {"notin", 8713},
    {"ni", 8715}, {"prod", 8719}, {"sum", 8721}, {"minus", 8722}, {"lowast", 8727},
    {"radic", 8730}, {"prop", 8733}, {"infin", 8734}, {"ang", 8736}, {"and", 8743},
    {"or", 8744}, {"cap", 8745}, {"cup", 8746}, {"int", 8747}, {"there4", 8756},
    {"sim", 8764}, {"cong", 8773}, {"asymp", 8776}, {"ne", 8800}, {"equiv", 8801},
    {"le", 8804}, {"ge", 8805}, {"sub", 8834}, {"sup", 8835}, {"nsub", 8836},
    {"sube", 8838}, {"supe", 8839}, {"oplus", 8853}, {"otimes", 8855}, {"perp", 8869},
    {"sdot", 8901}, {"lceil", 8968}, {"rceil", 8969}, {"lfloor", 8970}, {"rfloor", 8971},
    {"lang", 10216}, {"rang", 10217}, {"loz", 9674}, {"spades", 9824}, {"clubs", 9827},
    {"hearts", 9829}, {"diams", 9830}, {"starf", 9733}, {"star", 9734}, {"check", 10003},
    {"cross", 10007}, {"half", 189}, {"Tab", 9}, {"NewLine", 10}, {"excl", 33},
    {"num", 35}, {"dollar", 36}, {"percnt", 37}, {"lpar", 40}, {"rpar", 41}, {"ast", 42},
    {"plus", 43}, {"comma", 44}, {"period", 46}, {"sol", 47}, {"colon", 58}, {"semi", 59},
    {"equals", 61}, {"quest", 63}, {"commat", 64}, {"lsqb", 91}, {"lbrack", 91},
    {"bsol", 92}, {"rsqb", 93}, {"rbrack", 93}, {"Hat", 94}, {"lowbar", 95}, {"grave", 96},
    {"lcub", 123}, {"lbrace", 123}, {"verbar", 124}, {"vert", 124}, {"rcub", 125},
    {"rbrace", 125}, {"nbsp", 160}, {"NonBreakingSpace", 160}, {"centerdot", 183},
};

// Names read without ';' (the HTML standard's legacy set).
constexpr const char* kLegacyExtra[] = {"amp", "AMP", "lt", "LT", "gt", "GT", "quot", "QUOT",
                                        "COPY", "REG"};

struct RefTables {
  std::unordered_map<std::string_view, uint32_t> all;     // with ';'
  std::unordered_map<std::string_view, uint32_t> legacy;  // without
  RefTables() {
    for (int i = 0; i < 96; ++i) {
      all.emplace(kLatin1Names[i], 160 + i);
      legacy.emplace(kLatin1Names[i], 160 + i);
    }
    for (const NamedRef& r : kNamedRefs) all.emplace(r.name, r.cp);
    for (const char* n : kLegacyExtra) legacy.emplace(n, all.at(n));
  }
};

const RefTables& Refs() {
  static const RefTables t;
  return t;
}

// What numeric references to C1 controls mean (the windows-1252 reading
// browsers give them).
constexpr uint16_t kC1[32] = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178,
};

// Reads one reference at in[i] == '&'. Appends its text and returns the
// index after it, or returns i when there is none (the '&' is literal).
size_t ReadReference(std::string_view in, size_t i, bool in_attribute, std::string* out) {
  size_t j = i + 1;
  if (j < in.size() && in[j] == '#') {
    ++j;
    bool hex = j < in.size() && (in[j] == 'x' || in[j] == 'X');
    if (hex) ++j;
    size_t digits = j;
    uint64_t cp = 0;
    while (j < in.size()) {
      char c = in[j];
      int d = c >= '0' && c <= '9' ? c - '0'
              : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
              : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                            : -1;
      if (d < 0) break;
      if (cp <= 0x10FFFF) cp = cp * (hex ? 16 : 10) + static_cast<uint64_t>(d);
      ++j;
    }
    if (j == digits) return i;
    if (j < in.size() && in[j] == ';') ++j;
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp >= 0x80 && cp <= 0x9F) cp = kC1[cp - 0x80];
    AppendUtf8(static_cast<uint32_t>(cp), out);
    return j;
  }
  size_t end = j;
  while (end < in.size() && end - j < 32 && IsAlnum(in[end])) ++end;
  if (end == j) return i;
  const RefTables& refs = Refs();
  if (end < in.size() && in[end] == ';') {
    auto it = refs.all.find(in.substr(j, end - j));
    if (it != refs.all.end()) {
      AppendUtf8(it->second, out);
      return end + 1;
    }
  }
  // Without ';': the longest legacy name that starts the run.
  for (size_t len = std::min<size_t>(end - j, 6); len >= 2; --len) {
    auto it = refs.legacy.find(in.substr(j, len));
    if (it == refs.legacy.end()) continue;
    size_t after = j + len;
    if (in_attribute && after < in.size() && (IsAlnum(in[after]) || in[after] == '=')) {
      return i;  // "?a=1&copy=2" is a URL, not a copyright sign
    }
    AppendUtf8(it->second, out);
    return after;
  }
  return i;
}

}  // namespace

HtmlTag HtmlTagOf(std::string_view lower_name) {
  return Tags().Find(lower_name.data(), lower_name.size());
}

void DecodeCharacterReferences(std::string_view in, bool in_attribute, std::string* out) {
  size_t from = 0;
  for (;;) {
    size_t amp = in.find('&', from);
    if (amp == std::string_view::npos) break;
    out->append(in.data() + from, amp - from);
    size_t next = ReadReference(in, amp, in_attribute, out);
    if (next == amp) {
      out->push_back('&');
      next = amp + 1;
    }
    from = next;
  }
  out->append(in.data() + from, in.size() - from);
}

// --- the dom --------------------------------------------------------------------

HtmlDom::HtmlDom() = default;
HtmlDom::~HtmlDom() = default;

void HtmlDom::Clear() {
  nodes_.clear();
  attrs_.clear();
  // Keep the first block for the next page; drop the others.
  if (blocks_.size() > 1) blocks_.resize(1);
  block_used_ = 0;
  if (blocks_.empty()) block_size_ = 0;
}

std::string_view HtmlDom::Keep(std::string_view s) {
  constexpr size_t kBlock = 64 << 10;
  if (s.empty()) return {};
  if (blocks_.empty() || block_used_ + s.size() > block_size_) {
    size_t size = std::max(kBlock, s.size());
    if (blocks_.size() == 1 && block_used_ == 0 && block_size_ >= s.size()) {
      // the kept first block, unused so far
    } else {
      blocks_.push_back(std::make_unique<char[]>(size));
      block_size_ = size;
      block_used_ = 0;
    }
  }
  char* at = blocks_.back().get() + block_used_;
  std::memcpy(at, s.data(), s.size());
  block_used_ += s.size();
  return {at, s.size()};
}

int HtmlDom::AddNode(int parent, HtmlTag tag, HtmlNs ns) {
  int i = static_cast<int>(nodes_.size());
  HtmlNode n;
  n.tag = tag;
  n.ns = ns;
  n.parent = parent;
  n.attr_begin = n.attr_end = static_cast<uint32_t>(attrs_.size());
  nodes_.push_back(n);
  if (parent >= 0) {
    HtmlNode& p = nodes_[static_cast<size_t>(parent)];
    if (p.last_child >= 0) {
      nodes_[static_cast<size_t>(p.last_child)].next = i;
    } else {
      p.first_child = i;
    }
    p.last_child = i;
  }
  return i;
}

void HtmlDom::AddAttr(std::string_view key, std::string_view value) {
  HtmlNode& n = nodes_.back();
  for (uint32_t a = n.attr_begin; a < n.attr_end; ++a) {
    if (attrs_[a].key == key) return;  // the first of a name wins
  }
  attrs_.push_back({key, value});
  n.attr_end = static_cast<uint32_t>(attrs_.size());
}

void HtmlDom::AddText(int parent, std::string_view text) {
  if (text.empty()) return;
  int last = nodes_[static_cast<size_t>(parent)].last_child;
  if (last >= 0 && nodes_[static_cast<size_t>(last)].tag == kTagText) {
    std::string_view prev = nodes_[static_cast<size_t>(last)].text;
    if (prev.data() + prev.size() == text.data()) {
      nodes_[static_cast<size_t>(last)].text = {prev.data(), prev.size() + text.size()};
    } else {
      std::string joined;
      joined.reserve(prev.size() + text.size());
      joined.append(prev).append(text);
      nodes_[static_cast<size_t>(last)].text = Keep(joined);
    }
    return;
  }
  int t = AddNode(parent, kTagText, HtmlNs::kHtml);
  nodes_[static_cast<size_t>(t)].text = text;
}

int HtmlDom::AddNodeBefore(int parent, int before, HtmlTag tag, HtmlNs ns) {
  int prev = -1;
  for (int c = nodes_[static_cast<size_t>(parent)].first_child; c >= 0 && c != before;
       c = nodes_[static_cast<size_t>(c)].next) {
    prev = c;
  }
  int i = static_cast<int>(nodes_.size());
  HtmlNode n;
  n.tag = tag;
  n.ns = ns;
  n.parent = parent;
  n.next = before;
  n.attr_begin = n.attr_end = static_cast<uint32_t>(attrs_.size());
  nodes_.push_back(n);
  if (prev >= 0) {
    nodes_[static_cast<size_t>(prev)].next = i;
  } else {
    nodes_[static_cast<size_t>(parent)].first_child = i;
  }
  return i;
}

void HtmlDom::AddTextBefore(int parent, int before, std::string_view text) {
  if (text.empty()) return;
  int prev = -1;
  for (int c = nodes_[static_cast<size_t>(parent)].first_child; c >= 0 && c != before;
       c = nodes_[static_cast<size_t>(c)].next) {
    prev = c;
  }
  if (prev >= 0 && nodes_[static_cast<size_t>(prev)].tag == kTagText) {
    std::string joined(nodes_[static_cast<size_t>(prev)].text);
    joined.append(text);
    nodes_[static_cast<size_t>(prev)].text = Keep(joined);
    return;
  }
  int t = AddNodeBefore(parent, before, kTagText, HtmlNs::kHtml);
  nodes_[static_cast<size_t>(t)].text = text;
}

const std::string_view* HtmlDom::Attr(int i, std::string_view key) const {
  const HtmlNode& n = nodes_[static_cast<size_t>(i)];
  for (uint32_t a = n.attr_begin; a < n.attr_end; ++a) {
    if (attrs_[a].key == key) return &attrs_[a].value;
  }
  return nullptr;
}

// --- the tokenizer and tree builder ------------------------------------------------

class HtmlDom::Builder {
 public:
  Builder(HtmlDom* dom, std::string_view html, const HtmlDomLimits& limits)
      : dom_(dom), html_(html), max_depth_(std::max(limits.max_depth, 4)) {}

  void Run();

 private:
  struct Attr {
    std::string_view key, value;
  };

  // Tokenizer.
  size_t Markup(size_t i);  // at '<'; returns where to go on (i: not markup)
  bool IsEndTagAt(size_t k, std::string_view name) const;
  size_t StartTag(size_t i);
  size_t EndTag(size_t i);
  size_t SkipToGt(size_t i) const;
  size_t FindEndTag(size_t from, std::string_view name) const;
  size_t SkipForeign(size_t after_start, std::string_view name) const;
  void FlushText(size_t from, size_t to);
  std::string_view Decoded(std::string_view raw, bool in_attribute);
  std::string_view LowerName(std::string_view raw);

  // Tree construction.
  void InsertText(std::string_view text);
  void OnStartTag(HtmlTag tag, std::string_view name, bool self_closing, size_t* pos);
  void OnEndTag(HtmlTag tag, std::string_view name);
  void EnsureRoot();
  void EnsureBody();
  void MergeAttrs(int node);
  // The table whose content misplaced nodes are moved before, or -1.
  int FosterTable() const;
  int Current() const { return stack_.back(); }
  HtmlTag CurrentTag() const { return dom_->nodes_[static_cast<size_t>(stack_.back())].tag; }
  HtmlTag TagAt(size_t k) const { return dom_->nodes_[static_cast<size_t>(stack_[k])].tag; }
  // Adds an element with the pending attributes under the current node;
  // -1 when it would be pushed past the depth limit.
  int Insert(HtmlTag tag, std::string_view name, bool push, HtmlNs ns = HtmlNs::kHtml,
             int parent = -1);
  void Push(int node);
  // Index in stack_ of the nearest open `tag` within the scope `extra`
  // adds to the default one (0: default; kTagButton; kTagOl: list items;
  // kTagTable: table scope), or 0 when there is none.
  size_t InScope(HtmlTag tag, HtmlTag extra = kTagNone) const;
  void PopTo(size_t k) { stack_.resize(k); }
  void ClosePInButtonScope();
  void CloseListItem(HtmlTag a, HtmlTag b);
  size_t FirstPoppable() const { return mode_ == Mode::kInBody ? 2 : 1; }

  HtmlDom* dom_;
  std::string_view html_;
  int max_depth_;
  enum class Mode { kBeforeRoot, kInHead, kAfterHead, kInBody } mode_ = Mode::kBeforeRoot;
  std::vector<int> stack_;
  int head_ = -1, body_ = -1;
  int overflow_ = 0;        // start tags not opened for depth
  bool skip_newline_ = false;  // after <pre>, <listing>
  bool quirks_ = true;         // until a doctype is seen
  bool form_open_ = false;     // a <form> is open (the standard's form pointer)
  size_t text_from_ = 0;       // where the pending run of text starts
  std::vector<Attr> attrs_;
  std::string scratch_;
};

void HtmlDom::Parse(std::string_view html, const HtmlDomLimits& limits) {
  Clear();
  nodes_.reserve(html.size() / 48 + 16);
  Builder b(this, html, limits);
  b.Run();
}


void HtmlDom::Builder::Run() {
  const char* p = html_.data();
  size_t n = html_.size();
  size_t i = 0;
  while (i < n) {
    const void* lt = std::memchr(p + i, '<', n - i);
    if (lt == nullptr) break;
    size_t at = static_cast<size_t>(static_cast<const char*>(lt) - p);
    size_t next = Markup(at);
    if (next == at) {  // a literal '<': part of the text run
      i = at + 1;
      continue;
    }
    i = next;
    text_from_ = next;
  }
  FlushText(text_from_, n);
  EnsureRoot();
}

void HtmlDom::Builder::FlushText(size_t from, size_t to) {
  if (to <= from) return;
  std::string_view raw = html_.substr(from, to - from);
  if (skip_newline_) {
    skip_newline_ = false;
    if (raw[0] == '\n') raw.remove_prefix(1);
    else if (raw.size() >= 2 && raw[0] == '\r' && raw[1] == '\n') raw.remove_prefix(2);
    if (raw.empty()) return;
  }
  InsertText(Decoded(raw, false));
}

std::string_view HtmlDom::Builder::Decoded(std::string_view raw, bool in_attribute) {
  if (raw.empty() || std::memchr(raw.data(), '&', raw.size()) == nullptr) return raw;
  scratch_.clear();
  DecodeCharacterReferences(raw, in_attribute, &scratch_);
  if (scratch_ == raw) return raw;
  return dom_->Keep(scratch_);
}

std::string_view HtmlDom::Builder::LowerName(std::string_view raw) {
  bool upper = false;
  for (char c : raw) upper |= c >= 'A' && c <= 'Z';
  if (!upper) return raw;
  scratch_.assign(raw);
  for (char& c : scratch_) c = Lower(c);
  return dom_->Keep(scratch_);
}

size_t HtmlDom::Builder::SkipToGt(size_t i) const {
  if (i >= html_.size()) return html_.size();
  const void* gt = std::memchr(html_.data() + i, '>', html_.size() - i);
  return gt ? static_cast<size_t>(static_cast<const char*>(gt) - html_.data()) + 1 : html_.size();
}

// "</name" at k, followed by a space, '/', '>' or the end.
bool HtmlDom::Builder::IsEndTagAt(size_t k, std::string_view name) const {
  if (k + 2 + name.size() > html_.size() || html_[k + 1] != '/') return false;
  for (size_t m = 0; m < name.size(); ++m) {
    if (Lower(html_[k + 2 + m]) != name[m]) return false;
  }
  size_t after = k + 2 + name.size();
  return after == html_.size() || IsSpace(html_[after]) || html_[after] == '/' ||
         html_[after] == '>';
}

size_t HtmlDom::Builder::FindEndTag(size_t from, std::string_view name) const {
  const char* p = html_.data();
  size_t n = html_.size();
  while (from < n) {
    const void* lt = std::memchr(p + from, '<', n - from);
    if (lt == nullptr) break;
    size_t k = static_cast<size_t>(static_cast<const char*>(lt) - p);
    if (IsEndTagAt(k, name)) return k;
    from = k + 1;
  }
  return n;
}

// Past the end tag that closes an <svg> or <math> whose start tag ended
// at `after_start`; `after_start` itself when it is never closed (the
// rest is then read as HTML).
size_t HtmlDom::Builder::SkipForeign(size_t after_start, std::string_view name) const {
  const char* p = html_.data();
  size_t n = html_.size();
  int depth = 1;
  for (size_t from = after_start; from < n;) {
    const void* lt = std::memchr(p + from, '<', n - from);
    if (lt == nullptr) break;
    size_t k = static_cast<size_t>(static_cast<const char*>(lt) - p);
    if (IsEndTagAt(k, name)) {
      if (--depth == 0) return SkipToGt(k + 2);
    } else if (k + 1 + name.size() < n) {
      bool open = true;
      for (size_t m = 0; m < name.size() && open; ++m) open = Lower(p[k + 1 + m]) == name[m];
      char after = p[k + 1 + name.size()];
      if (open && (IsSpace(after) || after == '>' || after == '/')) ++depth;
    }
    from = k + 1;
  }
  return after_start;
}

size_t HtmlDom::Builder::Markup(size_t i) {
  size_t n = html_.size();
  if (i + 1 >= n) return i;
  char c = html_[i + 1];
  if (IsAlpha(c)) return StartTag(i);
  if (c == '/') {
    if (i + 2 >= n) return i;
    char d = html_[i + 2];
    if (IsAlpha(d)) return EndTag(i);
    FlushText(text_from_, i);
    if (d == '>') return i + 3;  // "</>": nothing
    return SkipToGt(i + 2);      // a bogus comment
  }
  if (c == '!') {
    FlushText(text_from_, i);
    if (html_.compare(i + 2, 2, "--") == 0) {
      size_t from = i + 4;
      if (from < n && html_[from] == '>') return from + 1;  // "<!-->"
      if (from + 1 < n && html_[from] == '-' && html_[from + 1] == '>') return from + 2;
      size_t end = html_.find("-->", from);
      return end == std::string_view::npos ? n : end + 3;
    }
    // A page without a doctype is read in quirks mode, where <table> does
    // not close an open <p>. (Legacy doctypes that also mean quirks are
    // read as standard.)
    if (mode_ == Mode::kBeforeRoot && i + 9 <= n) {
      bool doctype = true;
      for (size_t m = 0; m < 7 && doctype; ++m) doctype = Lower(html_[i + 2 + m]) == "doctype"[m];
      if (doctype) quirks_ = false;
    }
    return SkipToGt(i + 2);  // doctype, CDATA outside foreign content, bogus
  }
  if (c == '?') {
    FlushText(text_from_, i);
    return SkipToGt(i + 2);
  }
  return i;
}

size_t HtmlDom::Builder::StartTag(size_t i) {
  const char* p = html_.data();
  size_t n = html_.size();
  size_t j = i + 1;
  while (j < n && !IsSpace(p[j]) && p[j] != '/' && p[j] != '>') ++j;
  std::string_view raw_name = html_.substr(i + 1, j - i - 1);
  attrs_.clear();
  bool self_closing = false;
  for (;;) {
    while (j < n && (IsSpace(p[j]) || p[j] == '/')) {
      self_closing = p[j] == '/' && j + 1 < n && p[j + 1] == '>';
      ++j;
    }
    if (j >= n) {  // the page ends inside the tag: no tag
      FlushText(text_from_, i);
      return n;
    }
    if (p[j] == '>') {
      ++j;
      break;
    }
    self_closing = false;
    size_t k = j++;  // a name may start with '='
    while (j < n && !IsSpace(p[j]) && p[j] != '/' && p[j] != '>' && p[j] != '=') ++j;
    std::string_view key = html_.substr(k, j - k);
    size_t after_key = j;
    while (j < n && IsSpace(p[j])) ++j;
    std::string_view value;
    if (j < n && p[j] == '=') {
      ++j;
      while (j < n && IsSpace(p[j])) ++j;
      if (j < n && (p[j] == '"' || p[j] == '\'')) {
        const void* q = std::memchr(p + j + 1, p[j], n - j - 1);
        if (q == nullptr) {
          FlushText(text_from_, i);
          return n;
        }
        size_t end = static_cast<size_t>(static_cast<const char*>(q) - p);
        value = html_.substr(j + 1, end - j - 1);
        j = end + 1;
      } else {
        size_t v = j;
        while (j < n && !IsSpace(p[j]) && p[j] != '>') ++j;
        value = html_.substr(v, j - v);
      }
    } else {
      j = after_key;
    }
    attrs_.push_back({key, value});
  }
  FlushText(text_from_, i);
  std::string_view name = LowerName(raw_name);
  HtmlTag tag = HtmlTagOf(name);
  OnStartTag(tag, name, self_closing, &j);
  return j;
}

size_t HtmlDom::Builder::EndTag(size_t i) {
  const char* p = html_.data();
  size_t n = html_.size();
  size_t j = i + 2;
  while (j < n && !IsSpace(p[j]) && p[j] != '/' && p[j] != '>') ++j;
  std::string_view raw_name = html_.substr(i + 2, j - i - 2);
  size_t end = SkipToGt(j);
  FlushText(text_from_, i);
  if (end == n && (n == 0 || p[n - 1] != '>')) return n;  // the page ends inside the tag
  std::string_view name = LowerName(raw_name);
  OnEndTag(HtmlTagOf(name), name);
  return end;
}

// --- tree construction ---------------------------------------------------------

void HtmlDom::Builder::EnsureRoot() {
  if (mode_ != Mode::kBeforeRoot) return;
  dom_->AddNode(-1, kTagHtml, HtmlNs::kHtml);
  stack_.assign(1, 0);
  mode_ = Mode::kInHead;
}

void HtmlDom::Builder::EnsureBody() {
  EnsureRoot();
  if (body_ < 0) {
    if (head_ < 0) head_ = dom_->AddNode(0, kTagHead, HtmlNs::kHtml);
    body_ = dom_->AddNode(0, kTagBody, HtmlNs::kHtml);
  }
  if (mode_ != Mode::kInBody) {
    stack_.assign({0, body_});
    mode_ = Mode::kInBody;
  }
}

// Adds the pending attributes a node lacks (a second <html> or <body>
// tag): its attributes move to the end of the array, where they may grow.
void HtmlDom::Builder::MergeAttrs(int node) {
  if (attrs_.empty()) return;
  std::vector<HtmlAttr>& all = dom_->attrs_;
  HtmlNode& n = dom_->nodes_[static_cast<size_t>(node)];
  if (n.attr_end != all.size()) {
    uint32_t begin = static_cast<uint32_t>(all.size());
    for (uint32_t a = n.attr_begin; a < n.attr_end; ++a) all.push_back(all[a]);
    n.attr_begin = begin;
    n.attr_end = static_cast<uint32_t>(all.size());
  }
  for (const Attr& a : attrs_) {
    std::string_view key = LowerName(a.key);
    bool have = false;
    for (uint32_t k = n.attr_begin; k < n.attr_end && !have; ++k) have = all[k].key == key;
    if (have) continue;
    all.push_back({key, Decoded(a.value, true)});
    n.attr_end = static_cast<uint32_t>(all.size());
  }
}

int HtmlDom::Builder::FosterTable() const {
  if (mode_ != Mode::kInBody) return -1;
  HtmlTag t = CurrentTag();
  if (t != kTagTable && t != kTagTbody && t != kTagThead && t != kTagTfoot && t != kTagTr) {
    return -1;
  }
  for (size_t k = stack_.size(); k-- > FirstPoppable();) {
    if (TagAt(k) == kTagTable) return stack_[k];
  }
  return -1;
}

void HtmlDom::Builder::InsertText(std::string_view text) {
  if (text.empty()) return;
  if (mode_ != Mode::kInBody) {
    // Leading white space stays in <head> (or after it, in <html>); the
    // first other character opens the body.
    size_t space = 0;
    while (space < text.size() && IsSpace(text[space])) ++space;
    if (space > 0 && mode_ != Mode::kBeforeRoot) {
      if (mode_ == Mode::kInHead && head_ >= 0) dom_->AddText(head_, text.substr(0, space));
      if (mode_ == Mode::kAfterHead) dom_->AddText(0, text.substr(0, space));
    }
    text.remove_prefix(space);
    if (text.empty()) return;
    EnsureBody();
  }
  int table = FosterTable();
  if (table >= 0) {
    bool space = true;
    for (char c : text) space &= IsSpace(c);
    if (!space) {
      int parent = dom_->nodes_[static_cast<size_t>(table)].parent;
      dom_->AddTextBefore(parent, table, text);
      return;
    }
  }
  dom_->AddText(Current(), text);
}

int HtmlDom::Builder::Insert(HtmlTag tag, std::string_view name, bool push, HtmlNs ns,
                             int parent) {
  if (push && static_cast<int>(stack_.size()) >= max_depth_) {
    ++overflow_;
    return -1;
  }
  int node = -1;
  int table = parent < 0 ? FosterTable() : -1;
  switch (tag) {
    case kTagCaption: case kTagCol: case kTagColgroup: case kTagTbody: case kTagTd:
    case kTagTfoot: case kTagTh: case kTagThead: case kTagTr: case kTagScript: case kTagStyle:
    case kTagTemplate: case kTagForm: case kTagInput: case kTagTable:
      table = -1;  // these stay in the table
      break;
    default:
      break;
  }
  if (table >= 0) {
    node = dom_->AddNodeBefore(dom_->nodes_[static_cast<size_t>(table)].parent, table, tag, ns);
  } else {
    node = dom_->AddNode(parent >= 0 ? parent : Current(), tag, ns);
  }
  if (tag == kTagInline || tag == kTagCustom) dom_->nodes_[static_cast<size_t>(node)].text = name;
  for (const Attr& a : attrs_) {
    std::string_view key = LowerName(a.key);
    dom_->AddAttr(key, Decoded(a.value, true));
  }
  if (push) stack_.push_back(node);
  return node;
}

size_t HtmlDom::Builder::InScope(HtmlTag tag, HtmlTag extra) const {
  for (size_t k = stack_.size(); k-- > 1;) {
    HtmlTag t = TagAt(k);
    if (t == tag) return k;
    if (extra == kTagTable) {
      if (t == kTagTable || t == kTagTemplate || t == kTagHtml) return 0;
      continue;
    }
    if (Has(t, kScope)) return 0;
    if (extra == kTagButton && t == kTagButton) return 0;
    if (extra == kTagOl && (t == kTagOl || t == kTagUl)) return 0;
  }
  return 0;
}

void HtmlDom::Builder::ClosePInButtonScope() {
  size_t k = InScope(kTagP, kTagButton);
  if (k >= FirstPoppable()) PopTo(k);
}

void HtmlDom::Builder::CloseListItem(HtmlTag a, HtmlTag b) {
  for (size_t k = stack_.size(); k-- > FirstPoppable();) {
    HtmlTag t = TagAt(k);
    if (t == a || t == b) {
      PopTo(k);
      return;
    }
    if (Has(t, kSpecial) && t != kTagAddress && t != kTagDiv && t != kTagP) return;
  }
}

void HtmlDom::Builder::OnStartTag(HtmlTag tag, std::string_view name, bool self_closing,
                                  size_t* pos) {
  if (tag == kTagHtml) {
    EnsureRoot();
    MergeAttrs(0);
    return;
  }
  EnsureRoot();
  if (tag == kTagBody && body_ >= 0) {
    MergeAttrs(body_);  // a late <body class=...>, after the body was implied
    return;
  }
  if (mode_ != Mode::kInBody) {
    if (tag == kTagHead) {
      if (head_ < 0) {
        head_ = Insert(kTagHead, name, /*push=*/false, HtmlNs::kHtml, /*parent=*/0);
      }
      return;
    }
    if (tag == kTagBody && body_ < 0) {
      if (head_ < 0) head_ = dom_->AddNode(0, kTagHead, HtmlNs::kHtml);
      body_ = Insert(kTagBody, name, /*push=*/false, HtmlNs::kHtml, /*parent=*/0);
      stack_.assign({0, body_});
      mode_ = Mode::kInBody;
      return;
    }
    if (Has(tag, kHeadOk)) {
      if (head_ < 0) head_ = dom_->AddNode(0, kTagHead, HtmlNs::kHtml);
      stack_.assign({0, head_});
    } else {
      EnsureBody();
    }
  }
  if (tag == kTagHead || tag == kTagBody || tag == kTagFrameset) return;

  // Open elements this one closes.
  if (mode_ == Mode::kInBody) {
    switch (tag) {
      case kTagCaption: case kTagCol: case kTagColgroup: case kTagTbody: case kTagTd:
      case kTagTfoot: case kTagTh: case kTagThead: case kTagTr:
        if (InScope(kTagTable, kTagTable) == 0) return;  // table parts outside a table
        break;
      default:
        break;
    }
    if (tag == kTagLi) CloseListItem(kTagLi, kTagLi);
    if (tag == kTagDd || tag == kTagDt) CloseListItem(kTagDd, kTagDt);
    if (tag == kTagTable && FosterTable() >= 0) {
      // A table straight inside a table closes it.
      for (size_t j = stack_.size(); j-- > FirstPoppable();) {
        if (TagAt(j) == kTagTable) {
          PopTo(j);
          break;
        }
      }
    }
    if (Has(tag, kClosesP) && !(tag == kTagTable && quirks_)) ClosePInButtonScope();
    size_t first = FirstPoppable();
    if (IsHeading(tag) && stack_.size() > first && IsHeading(CurrentTag())) stack_.pop_back();
    size_t k = 0;
    switch (tag) {
      case kTagA: case kTagNobr: case kTagButton:
        k = InScope(tag);
        break;
      case kTagOption:
        if (CurrentTag() == kTagOption && stack_.size() > first) stack_.pop_back();
        break;
      case kTagOptgroup:
        if (CurrentTag() == kTagOption && stack_.size() > first) stack_.pop_back();
        if (CurrentTag() == kTagOptgroup && stack_.size() > first) stack_.pop_back();
        break;
      default:
        break;
    }
    if (k >= first) PopTo(k);
    // Table parts: back to the context they belong in (a row for a cell,
    // a section for a row, the table for a section), with the implied
    // <tbody>, <tr> and <colgroup>.
    switch (tag) {
      case kTagTd: case kTagTh: case kTagTr: case kTagTbody: case kTagThead: case kTagTfoot:
      case kTagCaption: case kTagColgroup: case kTagCol: {
        size_t ctx = 0;
        for (size_t j = stack_.size(); j-- > first && ctx == 0;) {
          HtmlTag t = TagAt(j);
          if (t == kTagTable || ((tag == kTagTd || tag == kTagTh || tag == kTagTr) &&
                                 (t == kTagTbody || t == kTagThead || t == kTagTfoot)) ||
              ((tag == kTagTd || tag == kTagTh) && t == kTagTr)) {
            ctx = j;
          }
          if (t == kTagTemplate) break;
        }
        if (ctx == 0) break;
        PopTo(ctx + 1);
        std::vector<Attr> own;
        own.swap(attrs_);
        HtmlTag t = CurrentTag();
        if (t == kTagTable && (tag == kTagTd || tag == kTagTh || tag == kTagTr)) {
          Insert(kTagTbody, "tbody", /*push=*/true);
          t = kTagTbody;
        }
        if (t != kTagTr && t != kTagTable && (tag == kTagTd || tag == kTagTh)) {
          Insert(kTagTr, "tr", /*push=*/true);
        }
        if (t == kTagTable && tag == kTagCol) Insert(kTagColgroup, "colgroup", /*push=*/true);
        own.swap(attrs_);
        break;
      }
      default:
        break;
    }
  }
  if (tag == kTagImage) tag = kTagImg;

  size_t n = html_.size();
  if (tag == kTagSvg || tag == kTagMath) {
    Insert(tag, name, /*push=*/false, tag == kTagSvg ? HtmlNs::kSvg : HtmlNs::kMathml);
    if (!self_closing) *pos = SkipForeign(*pos, name);
    return;
  }
  if (Has(tag, kRawText | kRcdata)) {
    int node = Insert(tag, name, /*push=*/false);
    size_t end = FindEndTag(*pos, name);
    std::string_view content = html_.substr(*pos, end - *pos);
    if (tag == kTagTextarea && !content.empty() && content[0] == '\n') content.remove_prefix(1);
    if (!content.empty()) {
      dom_->AddText(node, Has(tag, kRcdata) ? Decoded(content, false) : content);
    }
    *pos = end < n ? SkipToGt(end + 2) : n;
    return;
  }
  if (tag == kTagPlaintext) {
    int node = Insert(tag, name, /*push=*/false);
    if (*pos < n) dom_->AddText(node, html_.substr(*pos));
    *pos = n;
    return;
  }
  bool push = !Has(tag, kVoid);
  if (tag == kTagForm) {
    // One form at a time; in a table it stays an empty element.
    if (form_open_) return;
    form_open_ = true;
    if (FosterTable() >= 0) push = false;
  }
  Insert(tag, name, push);
  if (push && (tag == kTagPre || tag == kTagListing)) skip_newline_ = true;
}

void HtmlDom::Builder::OnEndTag(HtmlTag tag, std::string_view name) {
  if (mode_ != Mode::kInBody) {
    if (tag == kTagHead && mode_ == Mode::kInHead) mode_ = Mode::kAfterHead;
    if (tag != kTagBr) return;
    EnsureBody();
  }
  if (overflow_ > 0 && tag != kTagBody && tag != kTagHtml) {
    --overflow_;
    return;
  }
  size_t first = FirstPoppable();
  size_t k = 0;
  switch (tag) {
    case kTagBody: case kTagHtml:
      return;
    case kTagP:
      k = InScope(kTagP, kTagButton);
      if (k < first) {
        attrs_.clear();
        Insert(kTagP, "p", /*push=*/false);  // "</p>" alone makes an empty <p>
        return;
      }
      PopTo(k);
      return;
    case kTagLi:
      k = InScope(kTagLi, kTagOl);
      break;
    case kTagBr:
      attrs_.clear();
      Insert(kTagBr, "br", /*push=*/false);
      return;
    case kTagH1: case kTagH2: case kTagH3: case kTagH4: case kTagH5: case kTagH6:
      for (size_t j = stack_.size(); j-- > first;) {
        HtmlTag t = TagAt(j);
        if (IsHeading(t)) {
          k = j;
          break;
        }
        if (Has(t, kScope)) break;
      }
      break;
    case kTagTable: case kTagTbody: case kTagThead: case kTagTfoot: case kTagTr: case kTagTd:
    case kTagTh: case kTagCaption: case kTagColgroup:
      k = InScope(tag, kTagTable);
      break;
    case kTagDd: case kTagDt:
      k = InScope(tag);
      break;
    case kTagForm:
      form_open_ = false;
      k = InScope(tag);
      break;
    default:
      if (Has(tag, kClosedInScope | kFormatting)) {
        k = InScope(tag);
        break;
      }
      // Any other name: the nearest open element of that name, unless a
      // special element stands in between.
      for (size_t j = stack_.size(); j-- > first;) {
        const HtmlNode& e = dom_->nodes_[static_cast<size_t>(stack_[j])];
        if (e.tag == tag && ((tag != kTagInline && tag != kTagCustom) || e.text == name)) {
          k = j;
          break;
        }
        if (Has(e.tag, kSpecial)) break;
      }
      break;
  }
  if (k >= first) PopTo(k);
}

}  // namespace dateline
