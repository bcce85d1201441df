"""The unlock agent: a per-user process holding one vault's data key, reached over a socket."""
