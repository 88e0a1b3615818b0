"""A local S3-compatible server for tests: moto's server mode, a test peer only.

Production uses a real S3-compatible service; moto speaks the same protocol
over HTTP, keeps objects in memory and enforces object ACLs for unsigned
requests, which is what the storage tests need to see.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager

ACCESS_KEY = "testing-access-key"
SECRET_KEY = "testing-secret-key"
REGION = "eu-central-1"


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


@contextmanager
def moto_server(host: str = "127.0.0.1", port: int | None = None, *, prefix: list[str] = ()):
    """Run `moto.server` on host:port until the block ends; yields its endpoint URL.

    `prefix` runs it inside something else (e.g. `ip netns exec <name>`).
    """
    port = port or free_port(host)
    command = [*prefix, sys.executable, "-m", "moto.server", "-H", host, "-p", str(port)]
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and fixed arguments
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ}
    )
    endpoint = f"http://{host}:{port}"
    try:
        _wait_until_up(endpoint, process)
        yield endpoint
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_until_up(endpoint: str, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the S3 test server exited with {process.returncode}")
        try:
            urllib.request.urlopen(f"{endpoint}/moto-api/", timeout=1)  # noqa: S310 - local test URL
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the S3 test server at {endpoint} did not answer in {seconds} s")


def create_bucket(endpoint: str, bucket: str) -> None:
    import boto3

    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
    )
    client.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": REGION})


def storage_url(endpoint: str, bucket: str) -> str:
    return f"s3://{bucket}?endpoint_url={endpoint}&region={REGION}"
