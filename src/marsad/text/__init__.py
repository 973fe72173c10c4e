"""Arabic text basics: normalization with an offset map, sentences, tokens with clitic segments."""
