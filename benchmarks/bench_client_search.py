"""The intake window's client finder: per-keystroke latency of ``ClientIndex.search`` over 50,000 clients.

The issue's target is under 50 ms per keystroke (the GUI thread's whole budget). This prints the time to build
the index, then median / p95 / max per keystroke for codes, names (with and without accents) and phones typed
character by character, plus a few awkward queries. Figures only, never an assertion.

    python benchmarks/bench_client_search.py [--clients 50000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import time

from pitstop_desktop.services.intake import ClientEntry, ClientIndex

FIRST = ("João", "José", "Maria", "Ana", "Antônio", "Francisco", "Luís", "Márcia", "Sônia", "Conceição", "Jéssica",
         "Gustavo", "Fábio", "Cláudio", "Letícia", "Raimundo", "Sebastião", "Patrícia", "Vinícius", "Thaís")
LAST = ("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Lima", "Carvalho", "Gonçalves", "Araújo", "Ribeiro",
        "Almeida", "Nascimento", "Magalhães", "Brandão", "Simões", "Conceição", "Assunção", "Lopes", "Barros", "Melo")
BUSINESS = ("Provedor", "Net", "Telecom", "Fibra", "Internet", "Link", "Conecta", "Wi-Fi", "Rede", "Sinal")
PLACES = ("Salvador", "Feira de Santana", "Vitória da Conquista", "Camaçari", "Itabuna", "Juazeiro", "Ilhéus",
          "São Paulo", "Belo Horizonte", "Goiânia", "Maceió", "Aracaju", "João Pessoa", "Teresina", "Petrolina")
SUFFIX = ("Ltda", "ME", "EIRELI", "S.A.", "Comércio", "Serviços", "")
DDD = ("71", "75", "77", "73", "74", "11", "21", "31", "62", "82", "79", "83", "86", "87")


def synthetic_clients(n: int, seed: int = 7) -> list[ClientEntry]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        if rnd.random() < 0.5:
            name = f"{rnd.choice(BUSINESS)} {rnd.choice(PLACES)} {rnd.choice(SUFFIX)}".strip()
        else:
            name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {rnd.choice(LAST)} {rnd.choice(SUFFIX)}".strip()
        ddd = rnd.choice(DDD)
        number = (f"9{rnd.randint(6000, 9999)}-{rnd.randint(1000, 9999)}" if rnd.random() < 0.5
                  else f"{rnd.choice('2345')}{rnd.randint(100, 999)}-{rnd.randint(1000, 9999)}")
        phone = rnd.choice((f"({ddd}) {number}", f"{ddd} {number}", f"+55 {ddd} {number}", f"0{ddd}{number}"))
        out.append(ClientEntry(code=f"C{10000 + i}", name=name, phone=phone if rnd.random() < 0.95 else None,
                               consulting=rnd.random() < 0.1))
    return out


def typed(text: str) -> list[str]:
    """What the search box holds after each keystroke."""
    return [text[:i] for i in range(1, len(text) + 1)]


def sequences(clients: list[ClientEntry]) -> dict[str, list[str]]:
    rnd = random.Random(11)
    picks = rnd.sample(clients, 20)
    seqs: dict[str, list[str]] = {
        "code": [], "name (accents typed)": [], "name (no accents)": [], "phone (formatted)": [],
        "phone (digits)": [], "phone (+55)": [],
    }
    for c in picks:
        seqs["code"] += typed(c.code.lower())
        seqs["name (accents typed)"] += typed(c.name[:18])
        seqs["name (no accents)"] += typed(c.name[:18].translate(str.maketrans("ãâáàçéêíóôõúü", "aaaaceeiooouu")))
        if c.phone:
            digits = "".join(ch for ch in c.phone if ch.isdigit()).lstrip("0").removeprefix("55")
            seqs["phone (formatted)"] += typed(f"({digits[:2]}) {digits[2:-4]}-{digits[-4:]}")
            seqs["phone (digits)"] += typed(digits)
            seqs["phone (+55)"] += typed(f"+55 {digits[:2]} {digits[2:]}")
    seqs["awkward"] = ["a", "e", "1", "9", "ltda sa", "silva santos ltda", "zzzz", "são paulo net", "c", "71 9",
                       "conceição assunção", "x" * 30, "net sal ltda", "sa ltda me", "(7", "+", "+5", "0"]
    return seqs


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    clients = synthetic_clients(args.clients)
    start = time.perf_counter()
    index = ClientIndex(clients)
    index.search("x")  # the substring haystack is built on first use
    build_ms = (time.perf_counter() - start) * 1000
    print(f"ClientIndex over {len(index):,} clients: built in {build_ms:.0f} ms")

    start = time.perf_counter()
    for i in range(100):
        index.upsert(ClientEntry(f"N{i}", f"Novo Cliente {i}", f"71 3000-{i:04d}", False))
        index.search("novo")
    print(f"upsert + next search: {(time.perf_counter() - start) * 1000 / 100:.1f} ms each (100 times)")

    collections = [0]

    def count_full_collections(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2:
            collections[0] += 1

    gc.callbacks.append(count_full_collections)
    print(f"\n{'keystrokes':<24}{'n':>6}{'median ms':>11}{'p95 ms':>9}{'max ms':>9}{'max w/o gc':>12}{'gc':>4}")
    everything: list[float] = []
    clean_all: list[float] = []
    for label, queries in sequences(clients).items():
        times, clean = [], []
        for _ in range(args.repeat):
            for q in queries:
                before = collections[0]
                t0 = time.perf_counter()
                index.search(q)
                elapsed = (time.perf_counter() - t0) * 1000
                times.append(elapsed)
                if collections[0] == before:
                    clean.append(elapsed)
        everything += times
        clean_all += clean
        print(f"{label:<24}{len(times):>6}{statistics.median(times):>11.3f}{percentile(times, 95):>9.3f}"
              f"{max(times):>9.3f}{max(clean):>12.3f}{len(times) - len(clean):>4}")
    print(f"{'all':<24}{len(everything):>6}{statistics.median(everything):>11.3f}"
          f"{percentile(everything, 95):>9.3f}{max(everything):>9.3f}{max(clean_all):>12.3f}"
          f"{len(everything) - len(clean_all):>4}")
    gc.callbacks.remove(count_full_collections)
    start = time.perf_counter()
    gc.collect()
    print(f"\n'gc' counts keystrokes during which Python ran a full collection; one full collection of this process "
          f"now takes {(time.perf_counter() - start) * 1000:.0f} ms (an application may gc.freeze() after loading).")

if __name__ == "__main__":
    main()
