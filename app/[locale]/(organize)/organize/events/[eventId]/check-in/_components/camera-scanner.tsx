"use client";

// Reads a personal check-in code (a QR) with the phone's camera: the browser's own BarcodeDetector
// where it has one (Chrome on Android), else jsQR on frames of the video (Safari, Firefox). The
// camera starts only when asked, and stops as soon as a code is read or the organizer stops it.
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";

type Detector = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> };
type DetectorConstructor = new (options: { formats: string[] }) => Detector;

const noChange = () => () => {};

export function CameraScanner({ onCode }: { onCode: (code: string) => void }) {
  const t = useTranslations("checkIn");
  // Known only in the browser: the server renders no camera button.
  const available = useSyncExternalStore(
    noChange,
    () => Boolean(navigator.mediaDevices?.getUserMedia),
    () => false,
  );
  const [running, setRunning] = useState(false);
  const [failed, setFailed] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const frame = useRef<number | null>(null);
  const onCodeRef = useRef(onCode);

  useEffect(() => {
    onCodeRef.current = onCode;
  }, [onCode]);

  useEffect(() => () => stop(), []);

  function stop() {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    setRunning(false);
  }

  async function start() {
    setFailed(false);
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
    } catch {
      setFailed(true);
      return;
    }
    setRunning(true);
    const element = video.current!;
    element.srcObject = stream.current;
    await element.play().catch(() => undefined);
    const Native = (window as unknown as { BarcodeDetector?: DetectorConstructor }).BarcodeDetector;
    const detector = Native ? new Native({ formats: ["qr_code"] }) : null;
    const jsQR = detector ? null : (await import("jsqr")).default;
    const canvas = document.createElement("canvas");
    const context = canvas.getContext("2d", { willReadFrequently: true });

    const tick = async () => {
      if (!stream.current) return;
      let found: string | null = null;
      try {
        if (detector) {
          found = (await detector.detect(element))[0]?.rawValue ?? null;
        } else if (jsQR && context && element.videoWidth > 0) {
          canvas.width = element.videoWidth;
          canvas.height = element.videoHeight;
          context.drawImage(element, 0, 0);
          const image = context.getImageData(0, 0, canvas.width, canvas.height);
          found = jsQR(image.data, image.width, image.height)?.data ?? null;
        }
      } catch {
        found = null;
      }
      if (found) {
        stop();
        onCodeRef.current(found);
        return;
      }
      frame.current = requestAnimationFrame(() => void tick());
    };
    frame.current = requestAnimationFrame(() => void tick());
  }

  if (!available) return null;
  return (
    <div className="space-y-2">
      {running ? (
        <button type="button" onClick={stop} className="min-h-11 rounded border border-line px-4 py-2">
          {t("stopCamera")}
        </button>
      ) : (
        <button type="button" onClick={() => void start()} className="min-h-11 rounded border border-line px-4 py-2">
          {t("scanWithCamera")}
        </button>
      )}
      <video ref={video} muted playsInline aria-label={t("cameraView")} hidden={!running} className="w-full max-w-sm rounded border border-line" />
      {failed && <p className="text-sm font-medium text-danger">{t("cameraFailed")}</p>}
    </div>
  );
}
