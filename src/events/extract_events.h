// Copyright 2026 The Dateline Authors.
//
// Incident extraction for one document: every incident its articles
// report, as a careful coder would write it down, fused within the
// document (one incident told in the lead, the captions, a quote and a
// fact box is one event with every source and its count revisions).
//
// Stages, per article: units (headline, bullets, paragraphs, captions, fact
// box items) -> sentences -> clauses -> mentions (trigger, casualty frames,
// dates resolved against the article's date, place names, actors) ->
// within-document fusion. Tested by extract_events_test.cc.

#ifndef DATELINE_EVENTS_EXTRACT_EVENTS_H_
#define DATELINE_EVENTS_EXTRACT_EVENTS_H_

#include <vector>

#include "dateline/article.h"
#include "dateline/document.h"
#include "dateline/event.h"
#include "dateline/status.h"

namespace dateline {

// Appends the fused events of `doc` (whose articles are `articles`) to
// `*out`.
Status ExtractEvents(const Document& doc, const std::vector<Article>& articles,
                     std::vector<Event>* out);

}  // namespace dateline

#endif  // DATELINE_EVENTS_EXTRACT_EVENTS_H_
