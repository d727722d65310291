print("taizhang-bench: not written yet")
