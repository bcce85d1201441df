"""Tests of the de-identification engine's labelled corpora."""
