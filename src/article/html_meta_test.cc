// Copyright 2026 The Dateline Authors.
#include <gtest/gtest.h>
