print("taizhang-stress: not written yet")
