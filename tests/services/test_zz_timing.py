import time
from tests.services.helpers import build_desk
def test_t(db):
    t=time.time(); d=build_desk(db); print("setup", time.time()-t)
    t=time.time(); d.call(); d.snapshot([1]); print("call+snap", time.time()-t)
