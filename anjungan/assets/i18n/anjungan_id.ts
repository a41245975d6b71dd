<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>HomeView</name>
    <message>
        <source>Membership status</source>
        <translation>Status kepesertaan</translation>
    </message>
    <message>
        <source>Is my JKN card active?</source>
        <translation>Apakah kartu JKN saya aktif?</translation>
    </message>
    <message>
        <source>Contribution bill</source>
        <translation>Tagihan iuran</translation>
    </message>
    <message>
        <source>Monthly iuran and arrears</source>
        <translation>Iuran bulanan dan tunggakan</translation>
    </message>
    <message>
        <source>Virtual account</source>
        <translation>Virtual account</translation>
    </message>
    <message>
        <source>How and where to pay</source>
        <translation>Cara dan tempat membayar</translation>
    </message>
    <message>
        <source>Find a facility</source>
        <translation>Cari faskes</translation>
    </message>
    <message>
        <source>Clinics, hospitals, offices</source>
        <translation>Klinik, rumah sakit, kantor</translation>
    </message>
    <message>
        <source>Info JKN</source>
        <translation>Info JKN</translation>
    </message>
    <message>
        <source>Rights, benefits, rules</source>
        <translation>Hak, manfaat, ketentuan</translation>
    </message>
    <message>
        <source>Change FKTP or class</source>
        <translation>Ubah FKTP atau kelas</translation>
    </message>
    <message>
        <source>Request a change</source>
        <translation>Ajukan perubahan</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>Nomor antrean</translation>
    </message>
    <message>
        <source>Take a number for the counter</source>
        <translation>Ambil nomor untuk loket</translation>
    </message>
    <message>
        <source>Rate our service</source>
        <translation>Nilai layanan kami</translation>
    </message>
    <message>
        <source>Tell us how we did</source>
        <translation>Sampaikan pendapat Anda</translation>
    </message>
    <message>
        <source>Welcome to AMAN JKN</source>
        <translation>Selamat datang di AMAN JKN</translation>
    </message>
    <message>
        <source>Touch a service to begin. Your data is cleared when you finish.</source>
        <translation>Sentuh salah satu layanan untuk mulai. Data Anda dihapus setelah selesai.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>AMAN JKN kiosk</source>
        <translation>Anjungan AMAN JKN</translation>
    </message>
    <message>
        <source>AMAN JKN</source>
        <translation>AMAN JKN</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Huruf besar</translation>
    </message>
</context>
<context>
    <name>PendingView</name>
    <message>
        <source>Not available at this kiosk yet</source>
        <translation>Belum tersedia di anjungan ini</translation>
    </message>
    <message>
        <source>This service is not available at this kiosk yet. Please take a queue number for the counter, or call BPJS Kesehatan Care Center 165.</source>
        <translation>Layanan ini belum tersedia di anjungan ini. Silakan ambil nomor antrean untuk loket, atau hubungi BPJS Kesehatan Care Center 165.</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>Kembali ke menu utama</translation>
    </message>
</context>
</TS>
